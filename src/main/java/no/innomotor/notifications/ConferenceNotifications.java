package no.innomotor.notifications;

import java.util.ArrayList;
import java.util.List;
import no.innomotor.dialogue.DialogueEvents.ConferenceMaterialPublished;
import no.innomotor.dialogue.DialogueEvents.ConferenceMinutesPublished;
import no.innomotor.dialogue.DialogueEvents.ConferencePlaceGiven;
import no.innomotor.dialogue.DialogueEvents.DraftDocumentPublished;
import no.innomotor.dialogue.DialogueEvents.DraftSummaryPublished;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.shared.AuditableEvent;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Equal treatment for the dialogue conference and draft documents: presentation material, minutes, a draft out for
 * comment and the summary of the comments reach every company registered for the dialogue, whether it came to the
 * conference or not; a company that gets places from the waiting list is told at once.
 */
@Component
class ConferenceNotifications {

    private final Notifier notifier;
    private final OrganisationsManagement organisations;

    ConferenceNotifications(Notifier notifier, OrganisationsManagement organisations) {
        this.notifier = notifier;
        this.organisations = organisations;
    }

    @ApplicationModuleListener
    void on(ConferenceMaterialPublished event) {
        tell(
                "dialogue-conference-material",
                event.title(),
                conference(event.announcement()),
                event.registeredCompanies(),
                event.actor());
    }

    @ApplicationModuleListener
    void on(ConferenceMinutesPublished event) {
        tell(
                "dialogue-conference-minutes",
                event.title(),
                conference(event.announcement()),
                event.registeredCompanies(),
                event.actor());
    }

    @ApplicationModuleListener
    void on(ConferencePlaceGiven event) {
        tell(
                "dialogue-conference-place",
                event.title(),
                conference(event.announcement()),
                List.of(event.company()),
                event.actor());
    }

    @ApplicationModuleListener
    void on(DraftDocumentPublished event) {
        notifier.tell(
                new Notice(
                        "dialogue-draft",
                        AuditableEvent.parameters(
                                "announcement",
                                event.title(),
                                "draft",
                                event.draftTitle(),
                                "deadline",
                                event.commentDeadline()),
                        "/drafts/" + event.draft()),
                suppliersOf(event.registeredCompanies()),
                event.actor());
    }

    @ApplicationModuleListener
    void on(DraftSummaryPublished event) {
        notifier.tell(
                new Notice(
                        "dialogue-draft-summary",
                        AuditableEvent.parameters("announcement", event.title(), "draft", event.draftTitle()),
                        "/drafts/" + event.draft()),
                suppliersOf(event.registeredCompanies()),
                event.actor());
    }

    private void tell(String kind, String title, String link, List<OrganisationId> companies, PersonId actor) {
        notifier.tell(
                new Notice(kind, AuditableEvent.parameters("announcement", title), link),
                suppliersOf(companies),
                actor);
    }

    private static String conference(Object announcement) {
        return "/announcements/" + announcement + "/conference";
    }

    private List<PersonId> suppliersOf(List<OrganisationId> companies) {
        List<PersonId> recipients = new ArrayList<>();
        for (OrganisationId company : companies) {
            organisations.peopleWithRole(company, Role.SUPPLIER).stream()
                    .map(PersonSummary::id)
                    .forEach(recipients::add);
        }
        return recipients;
    }
}
