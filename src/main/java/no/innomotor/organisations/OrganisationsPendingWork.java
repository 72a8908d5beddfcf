package no.innomotor.organisations;

import java.util.ArrayList;
import java.util.List;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.work.PendingWork;
import no.innomotor.shared.work.WorkItem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations module's share of the front page: for an administrator, the organisations awaiting approval; for
 * whoever may approve them (an administrator, the organisation's top leader), the roles waiting for approval.
 */
@Component
class OrganisationsPendingWork implements PendingWork {

    private final OrganisationRepository organisations;
    private final OrganisationsManagement management;

    OrganisationsPendingWork(OrganisationRepository organisations, OrganisationsManagement management) {
        this.organisations = organisations;
        this.management = management;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> waitingFor(CurrentUser user) {
        List<WorkItem> items = new ArrayList<>();
        if (user.isAdmin()) {
            organisations.findByStatusOrderByCreatedAtAsc(OrganisationStatus.PENDING).stream()
                    .map(org -> new WorkItem(
                            "organisations.work.awaitingApproval",
                            List.of(),
                            org.name(),
                            org.orgNumber().formatted(),
                            "/admin/organisations",
                            null))
                    .forEach(items::add);
        }
        management.approvalsWaitingFor(user).stream()
                .map(waiting -> new WorkItem(
                        "organisations.work.roleAwaitingApproval."
                                + waiting.role().name(),
                        List.of(),
                        waiting.personName(),
                        waiting.organisationName(),
                        "/organisations/" + waiting.organisationId(),
                        null))
                .forEach(items::add);
        return items;
    }
}
