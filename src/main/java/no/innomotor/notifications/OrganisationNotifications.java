package no.innomotor.notifications;

import no.innomotor.organisations.OrganisationEvents.MemberInvited;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.shared.AuditableEvent;
import no.innomotor.shared.AuditableEvent.Label;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Inbox messages for what the organisations module's events ask of people. An invitation's mail goes out from
 * {@link OrganisationMails} with its one-time link; a person who already has an account also finds it in their
 * inbox. The inbox keeps no link to it: the link holds the invitation's secret, which is stored only hashed.
 */
@Component
class OrganisationNotifications {

    private final Notifier notifier;
    private final OrganisationsManagement organisations;

    OrganisationNotifications(Notifier notifier, OrganisationsManagement organisations) {
        this.notifier = notifier;
        this.organisations = organisations;
    }

    @ApplicationModuleListener
    void on(MemberInvited event) {
        organisations
                .findPersonByEmail(event.email())
                .ifPresent(person -> notifier.toInboxOnly(
                        new Notice(
                                "invitation",
                                AuditableEvent.parameters(
                                        "inviter",
                                        event.invitedByName() == null ? "Innomotor" : event.invitedByName(),
                                        "organisation",
                                        event.organisationName(),
                                        "role",
                                        new Label("role." + event.role().name()),
                                        "email",
                                        event.email(),
                                        "expiresAt",
                                        event.expiresAt()),
                                null),
                        person.id()));
    }
}
