package no.innomotor.notifications;

import no.innomotor.organisations.OrganisationEvents.MemberInvited;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.organisations.RoleApprovalRequested;
import no.innomotor.shared.AuditableEvent;
import no.innomotor.shared.AuditableEvent.Label;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Inbox messages (and mails) for what the organisations module's events ask of people: a role waiting for the
 * approval of those who may approve it. An invitation's mail goes out from
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

    /** A role that signs (TOP_LEADER) waits for approval: everyone who may approve it is told, in the inbox and by mail. */
    @ApplicationModuleListener
    void on(RoleApprovalRequested event) {
        notifier.tell(
                new Notice(
                        "role-approval",
                        AuditableEvent.parameters(
                                "person",
                                event.personName(),
                                "organisation",
                                event.organisationName(),
                                "role",
                                new Label("role." + event.role().name())),
                        "/organisations/" + event.organisationId()),
                organisations.approversOf(event.organisationId(), event.personId(), event.actor()).stream()
                        .map(PersonSummary::id)
                        .toList(),
                event.actor());
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
