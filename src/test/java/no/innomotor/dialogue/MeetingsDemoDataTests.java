package no.innomotor.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import no.innomotor.platform.DemoAccounts;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/** The demo's one-to-one meetings: a day of hour-long slots in Bærum's meeting period, Sensorlab's booking, free slots. */
@InnomotorTest
@TestPropertySource(properties = "innomotor.demo.enabled=true")
class MeetingsDemoDataTests {

    @Autowired
    DialogueQueries dialogue;

    @Autowired
    MeetingQueries meetings;

    @Autowired
    UserDetailsService users;

    private CurrentUser person(String email) {
        return (CurrentUser) users.loadUserByUsername(email);
    }

    @Test
    void baerumsTeamHasHourLongSlotsWithTheRolesPresentAndSensorlabHasBookedOneOfThem() {
        AnnouncementSummary announcement = dialogue.published().stream()
                .filter(a -> a.organisationName().equals("Bærum kommune"))
                .findFirst()
                .orElseThrow();
        MeetingsOverview team = meetings.overview(announcement.id(), person(DemoAccounts.BUYER.email()));

        assertThat(team.slots()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(team.slots()).allSatisfy(slot -> {
            assertThat(Duration.between(slot.startsAt(), slot.endsAt())).isEqualTo(Duration.ofHours(1));
            assertThat(slot.present()).extracting(MeetingPresence::role).contains(MeetingRole.NOTE_TAKER);
        });
        assertThat(team.booked()).singleElement().satisfies(slot -> {
            assertThat(slot.company()).contains("Sensorlab AS");
            // The meeting lies ahead of the demo clock: no minutes yet.
            assertThat(slot.minutes()).isEmpty();
        });

        MeetingsOverview sara = meetings.overview(announcement.id(), person(DemoAccounts.SUPPLIER.email()));
        assertThat(sara.own()).isPresent();
        assertThat(sara.own().get().cancellable()).isTrue();
        assertThat(sara.slots()).filteredOn(MeetingSlotView::free).hasSizeGreaterThanOrEqualTo(3);
    }
}
