package no.innomotor.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import no.innomotor.dialogue.AnnouncementId;
import no.innomotor.dialogue.DialogueFixtures;
import no.innomotor.dialogue.DialogueFixtures.Supplier;
import no.innomotor.dialogue.DialogueManagement;
import no.innomotor.dialogue.QuestionId;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectFixtures.Person;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Equal treatment: a published answer reaches every registered supplier at once, in the inbox and by mail. */
@InnomotorTest
class DialogueNotificationsTests {

    private static final Locale BOKMAL = Locale.forLanguageTag("nb");

    @Autowired
    ProjectFixtures projects;

    @Autowired
    DialogueFixtures fixtures;

    @Autowired
    DialogueManagement dialogue;

    @Autowired
    InboxManagement inbox;

    @Autowired
    InboxMessageRepository messages;

    @Autowired
    SentMailRepository sent;

    private List<String> kinds(Person person) {
        return messages.findByRecipientId(person.id().value()).stream()
                .map(InboxMessage::kind)
                .toList();
    }

    @Test
    void aPublishedAnswerReachesEveryRegisteredSupplierButNotTheUnregisteredOrTheAnswerer() {
        ProjectFixtures.Org buyer = projects.municipality("Svarvik kommune");
        AnnouncementId announcement = fixtures.published(buyer, "Markedsdialog om nattsensorer");
        Supplier asker = fixtures.supplier("Spørrelab AS");
        Supplier other = fixtures.supplier("Lyttedata AS");
        Supplier outsider = fixtures.supplier("Utenfor AS");
        QuestionId question = fixtures.question(announcement, asker, "Hvor mange boliger gjelder piloten?");
        dialogue.register(announcement, List.of(), other.person().user());

        dialogue.answer(question, "Omtrent tjue boliger.", buyer.buyer().user());

        await().atMost(Duration.ofSeconds(20))
                .until(() -> kinds(asker.person()).contains("dialogue-answer")
                        && kinds(other.person()).contains("dialogue-answer"));
        InboxEntry entry =
                inbox.inbox(other.person().user(), 0, BOKMAL).getContent().get(0);
        assertThat(entry.title()).isEqualTo("Nytt svar i markedsdialogen: Markedsdialog om nattsensorer");
        assertThat(entry.link()).isEqualTo("/announcements/" + announcement + "#questions");
        assertThat(entry.text()).doesNotContain("Spørrelab");
        assertThat(sent.findAll().stream()
                        .map(SentMail::toRecord)
                        .filter(mail -> mail.recipient().equals(other.person().email()))
                        .map(MailRecord::subject))
                .contains("Nytt svar i markedsdialogen: Markedsdialog om nattsensorer");
        assertThat(kinds(outsider.person())).doesNotContain("dialogue-answer");
        assertThat(kinds(buyer.buyer())).doesNotContain("dialogue-answer");
    }
}
