package no.innomotor.notifications;

import java.util.ArrayList;
import java.util.List;
import no.innomotor.knowledge.CaseEvents.SolutionAdopted;
import no.innomotor.knowledge.CaseEvents.SolutionChanged;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.shared.AuditableEvent;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The solution catalogue, told in the inbox only: a changed solution tells the buyers who follow it; an adoption
 * tells them and the originating organisation's buyers. The person who did it is never told.
 */
@Component
class SolutionNotifications {

    static final String CHANGED = "solution-changed";
    static final String ADOPTED = "solution-adopted";

    private final Notifier notifier;
    private final OrganisationsManagement organisations;

    SolutionNotifications(Notifier notifier, OrganisationsManagement organisations) {
        this.notifier = notifier;
        this.organisations = organisations;
    }

    @ApplicationModuleListener
    void on(SolutionChanged event) {
        tell(
                new Notice(CHANGED, AuditableEvent.parameters("name", event.name()), "/solutions/" + event.solution()),
                event.followers(),
                event.actor());
    }

    @ApplicationModuleListener
    void on(SolutionAdopted event) {
        List<PersonId> recipients = new ArrayList<>(event.followers());
        organisations.peopleWithRole(event.originOrganisation(), Role.BUYER).stream()
                .map(PersonSummary::id)
                .forEach(recipients::add);
        tell(
                new Notice(
                        ADOPTED,
                        AuditableEvent.parameters("name", event.name(), "adopter", event.adopterName()),
                        "/solutions/" + event.solution() + "#adoptions"),
                recipients,
                event.actor());
    }

    private void tell(Notice notice, List<PersonId> recipients, PersonId cause) {
        recipients.stream().distinct().filter(p -> !p.equals(cause)).forEach(p -> notifier.toInboxOnly(notice, p));
    }
}
