package no.innomotor.notifications;

import java.util.ArrayList;
import java.util.List;
import no.innomotor.dialogue.DialogueEvents.AnswerPublished;
import no.innomotor.dialogue.DialogueEvents.MeetingBooked;
import no.innomotor.dialogue.DialogueEvents.MeetingCancelledByBuyer;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.shared.AuditableEvent;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Equal treatment in the market dialogue: when the buyer publishes an answer, every company registered at that
 * moment is told at once, in the inbox and by mail — the suppliers of each company, whoever of them asked. A company
 * whose one-to-one meeting the buyer cancels is told the same way, and the buyer's team hears of each booking.
 */
@Component
class DialogueNotifications {

    private final Notifier notifier;
    private final OrganisationsManagement organisations;

    DialogueNotifications(Notifier notifier, OrganisationsManagement organisations) {
        this.notifier = notifier;
        this.organisations = organisations;
    }

    @ApplicationModuleListener
    void on(AnswerPublished event) {
        List<PersonId> recipients = new ArrayList<>();
        for (OrganisationId company : event.registeredCompanies()) {
            organisations.peopleWithRole(company, Role.SUPPLIER).stream()
                    .map(PersonSummary::id)
                    .forEach(recipients::add);
        }
        notifier.tell(
                new Notice(
                        "dialogue-answer",
                        AuditableEvent.parameters("announcement", event.title()),
                        "/announcements/" + event.announcement() + "#questions"),
                recipients,
                event.actor());
    }

    @ApplicationModuleListener
    void on(MeetingCancelledByBuyer event) {
        notifier.tell(
                new Notice(
                        "dialogue-meeting-cancelled",
                        AuditableEvent.parameters("announcement", event.title(), "startsAt", event.startsAt()),
                        "/announcements/" + event.announcement() + "#meetings"),
                organisations.peopleWithRole(event.company(), Role.SUPPLIER).stream()
                        .map(PersonSummary::id)
                        .toList(),
                event.actor());
    }

    @ApplicationModuleListener
    void on(MeetingBooked event) {
        notifier.tell(
                new Notice(
                        "dialogue-meeting-booked",
                        AuditableEvent.parameters(
                                "announcement",
                                event.title(),
                                "company",
                                event.companyName(),
                                "startsAt",
                                event.startsAt()),
                        "/announcements/" + event.announcement() + "#meetings"),
                organisations.peopleWithRole(event.organisation(), Role.BUYER).stream()
                        .map(PersonSummary::id)
                        .toList(),
                event.actor());
    }
}
