package no.innomotor.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import no.innomotor.dialogue.AnnouncementId;
import no.innomotor.dialogue.ConferenceManagement;
import no.innomotor.dialogue.DialogueFixtures;
import no.innomotor.dialogue.DialogueFixtures.Supplier;
import no.innomotor.dialogue.DraftDocuments;
import no.innomotor.dialogue.DraftId;
import no.innomotor.dialogue.Participant;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectFixtures.Person;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Equal treatment for the conference and drafts: material, minutes, drafts and summaries reach every company
 * registered for the dialogue (in the inbox and by mail), not only those who came; a company promoted from the
 * waiting list is told.
 */
@InnomotorTest
class ConferenceNotificationsTests {

    @Autowired
    ProjectFixtures projects;

    @Autowired
    DialogueFixtures fixtures;

    @Autowired
    ConferenceManagement conferences;

    @Autowired
    DraftDocuments drafts;

    @Autowired
    InboxMessageRepository messages;

    @Autowired
    SentMailRepository sent;

    private List<String> kinds(Person person) {
        return messages.findByRecipientId(person.id().value()).stream()
                .map(InboxMessage::kind)
                .toList();
    }

    private List<String> subjects(Person person) {
        return sent.findAll().stream()
                .map(SentMail::toRecord)
                .filter(mail -> mail.recipient().equals(person.email()))
                .map(MailRecord::subject)
                .toList();
    }

    @Test
    void materialMinutesDraftsAndSummariesReachEveryRegisteredCompanyWhetherItCameOrNot() {
        ProjectFixtures.Org buyer = projects.municipality("Varselvik kommune");
        AnnouncementId announcement = fixtures.published(buyer, "Dialog om varsling");
        Supplier came = fixtures.supplier("Møtte opp AS");
        Supplier absent = fixtures.supplier("Kunne ikke AS");
        Supplier outsider = fixtures.supplier("Står utenfor AS");
        fixtures.register(announcement, came);
        fixtures.register(announcement, absent);
        fixtures.conference(buyer, announcement, 10, 2);
        conferences.register(
                announcement,
                List.of(new Participant("Kari Møtt", "kari@mott.example")),
                came.person().user());

        conferences.publishMaterial(
                announcement,
                List.of(DialogueFixtures.textFile("lysark.txt", "Lysark")),
                buyer.buyer().user());
        conferences.publishMinutes(announcement, "Referatet.", buyer.buyer().user());
        DraftId draft = fixtures.draftDocument(buyer, announcement, "Utkast til kravspesifikasjon");
        drafts.publishSummary(draft, "Oppsummering uten navn.", buyer.buyer().user());

        List<String> all = List.of(
                "dialogue-conference-material",
                "dialogue-conference-minutes",
                "dialogue-draft",
                "dialogue-draft-summary");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> kinds(absent.person()).containsAll(all)
                        && kinds(came.person()).containsAll(all));
        assertThat(subjects(absent.person()))
                .contains(
                        "Materiale fra dialogkonferansen: Dialog om varsling",
                        "Referat fra dialogkonferansen: Dialog om varsling",
                        "Utkast til kommentar: Utkast til kravspesifikasjon",
                        "Oppsummering av kommentarene: Utkast til kravspesifikasjon");
        assertThat(kinds(outsider.person())).doesNotContainAnyElementsOf(all);
        assertThat(kinds(buyer.buyer())).doesNotContainAnyElementsOf(all);
    }

    @Test
    void aCompanyGivenPlacesFromTheWaitingListIsTold() {
        ProjectFixtures.Org buyer = projects.municipality("Ventevik kommune");
        AnnouncementId announcement = fixtures.published(buyer, "Dialog med venteliste");
        Supplier first = fixtures.supplier("Først AS");
        Supplier waiting = fixtures.supplier("Venter AS");
        fixtures.register(announcement, first);
        fixtures.register(announcement, waiting);
        fixtures.conference(buyer, announcement, 1, 1);
        conferences.register(
                announcement,
                List.of(new Participant("En", "en@forst.example")),
                first.person().user());
        conferences.register(
                announcement,
                List.of(new Participant("To", "to@venter.example")),
                waiting.person().user());

        conferences.cancel(announcement, first.person().user());

        await().atMost(Duration.ofSeconds(20))
                .until(() -> kinds(waiting.person()).contains("dialogue-conference-place"));
        assertThat(subjects(waiting.person()))
                .contains("Dere har fått plass på dialogkonferansen: Dialog med venteliste");
        assertThat(kinds(first.person())).doesNotContain("dialogue-conference-place");
    }
}
