package no.innomotor.notifications;

import java.util.List;
import no.innomotor.followup.FollowUpEvents.NextStepAdded;
import no.innomotor.followup.FollowUpEvents.PlanCommented;
import no.innomotor.followup.Responsible;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.shared.AuditableEvent;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Supplier follow-up, told in the inbox only (a plan's comments come and go in a conversation; the front page and the
 * inbox carry them, no mail): a comment from the company tells the adviser keeping the plan, an adviser's comment
 * and a next step the supplier is to take tell the company's suppliers. The person who did it is never told.
 */
@Component
class FollowUpNotifications {

    static final String COMMENT = "followup-comment";
    static final String ADVISER_COMMENT = "followup-adviser-comment";
    static final String STEP = "followup-step";

    private final Notifier notifier;
    private final OrganisationsManagement organisations;

    FollowUpNotifications(Notifier notifier, OrganisationsManagement organisations) {
        this.notifier = notifier;
        this.organisations = organisations;
    }

    @ApplicationModuleListener
    void on(PlanCommented event) {
        Notice notice = new Notice(
                event.fromCompany() ? COMMENT : ADVISER_COMMENT,
                AuditableEvent.parameters("company", event.companyName()),
                "/followup/plans/" + event.plan() + "#comments");
        tell(notice, event.fromCompany() ? List.of(event.keeper()) : suppliersOf(event), event.actor());
    }

    @ApplicationModuleListener
    void on(NextStepAdded event) {
        if (event.responsible() != Responsible.SUPPLIER) {
            return;
        }
        tell(
                new Notice(
                        STEP,
                        AuditableEvent.parameters("company", event.companyName(), "due", event.due()),
                        "/followup/plans/" + event.plan() + "#steps"),
                suppliersOf(event),
                event.actor());
    }

    private List<PersonId> suppliersOf(no.innomotor.followup.FollowUpEvents.PlanEvent event) {
        return organisations.peopleWithRole(event.organisation(), Role.SUPPLIER).stream()
                .map(PersonSummary::id)
                .toList();
    }

    private void tell(Notice notice, List<PersonId> recipients, PersonId cause) {
        recipients.stream().distinct().filter(p -> !p.equals(cause)).forEach(p -> notifier.toInboxOnly(notice, p));
    }
}
