package no.innomotor.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import no.innomotor.dialogue.AnnouncementId;
import no.innomotor.dialogue.DialogueFixtures;
import no.innomotor.dialogue.DialogueFixtures.Supplier;
import no.innomotor.dialogue.MeetingFixtures;
import no.innomotor.dialogue.MeetingQueries;
import no.innomotor.dialogue.MeetingSlotId;
import no.innomotor.dialogue.MeetingsManagement;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectFixtures.Person;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A booking reaches the buyer's team; a meeting the buyer calls off reaches the booking company, and no other. */
@InnomotorTest
class MeetingNotificationsTests {

    private static final Locale BOKMAL = Locale.forLanguageTag("nb");

    @Autowired
    ProjectFixtures projects;

    @Autowired
    DialogueFixtures fixtures;

    @Autowired
    MeetingFixtures meetingFixtures;

    @Autowired
    MeetingsManagement meetings;

    @Autowired
    MeetingQueries queries;

    @Autowired
    InboxManagement inbox;

    @Autowired
    InboxMessageRepository messages;

    private List<String> kinds(Person person) {
        return messages.findByRecipientId(person.id().value()).stream()
                .map(InboxMessage::kind)
                .toList();
    }

    @Test
    void theTeamHearsOfABookingAndTheCompanyOfTheBuyersCancellation() {
        ProjectFixtures.Org buyer = projects.municipality("Møtevarsel kommune");
        Supplier booker = fixtures.supplier("Varslet AS");
        Supplier bystander = fixtures.supplier("Tilskuer AS");
        MeetingSlotId slot = meetingFixtures.booked(buyer, booker, "Varsler om møter");
        AnnouncementId id = meetings.authoriseTeam(slot, buyer.buyer().user());
        meetingFixtures.register(id, bystander);

        await().atMost(Duration.ofSeconds(20)).until(() -> kinds(buyer.buyer()).contains("dialogue-meeting-booked"));
        assertThat(kinds(booker.person())).doesNotContain("dialogue-meeting-booked");

        long version = queries.forTeam(slot, buyer.buyer().user()).version();
        meetings.cancelByTeam(slot, version, buyer.buyer().user());

        await().atMost(Duration.ofSeconds(20))
                .until(() -> kinds(booker.person()).contains("dialogue-meeting-cancelled"));
        InboxEntry entry = inbox.inbox(booker.person().user(), 0, BOKMAL).getContent().stream()
                .filter(e -> e.link().endsWith("#meetings"))
                .findFirst()
                .orElseThrow();
        assertThat(entry.title()).isEqualTo("Møtet er avlyst: Varsler om møter");
        assertThat(entry.link()).isEqualTo("/announcements/" + id + "#meetings");
        assertThat(kinds(bystander.person())).doesNotContain("dialogue-meeting-cancelled");
        assertThat(kinds(buyer.buyer())).doesNotContain("dialogue-meeting-cancelled");
    }
}
