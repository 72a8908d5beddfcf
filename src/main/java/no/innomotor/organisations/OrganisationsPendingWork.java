package no.innomotor.organisations;

import java.util.List;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.work.PendingWork;
import no.innomotor.shared.work.WorkItem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The organisations module's share of the front page: for an administrator, the organisations awaiting approval. */
@Component
class OrganisationsPendingWork implements PendingWork {

    private final OrganisationRepository organisations;

    OrganisationsPendingWork(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> waitingFor(CurrentUser user) {
        if (!user.isAdmin()) {
            return List.of();
        }
        return organisations.findByStatusOrderByCreatedAtAsc(OrganisationStatus.PENDING).stream()
                .map(org -> new WorkItem(
                        "organisations.work.awaitingApproval",
                        List.of(),
                        org.name(),
                        org.orgNumber().formatted(),
                        "/admin/organisations",
                        null))
                .toList();
    }
}
