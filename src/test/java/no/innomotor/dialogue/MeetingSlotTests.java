package no.innomotor.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.innomotor.dialogue.DialogueEvents.MeetingBooked;
import no.innomotor.dialogue.DialogueEvents.MeetingCancelled;
import no.innomotor.dialogue.DialogueEvents.MeetingCancelledByBuyer;
import no.innomotor.dialogue.DialogueEvents.MeetingSlotRemoved;
import no.innomotor.dialogue.DialogueEvents.MeetingSlotsPublished;
import no.innomotor.dialogue.DialogueEvents.MinutesRecorded;
import no.innomotor.dialogue.MeetingExceptions.MeetingNotHeld;
import no.innomotor.dialogue.MeetingExceptions.SlotBooked;
import no.innomotor.dialogue.MeetingExceptions.SlotNotBooked;
import no.innomotor.dialogue.MeetingExceptions.SlotStarted;
import no.innomotor.dialogue.MeetingExceptions.SlotTaken;
import no.innomotor.dialogue.MeetingExceptions.TooLateToCancel;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.junit.jupiter.api.Test;

/** The slot's own rules: one booking, closed once started, the supplier's cut-off, removal and minutes. */
class MeetingSlotTests {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant START = NOW.plus(10, ChronoUnit.DAYS);

    private final PersonId buyer = PersonId.random();
    private final PersonId seller = PersonId.random();
    private final OrganisationId company = OrganisationId.random();
    private final Announcement announcement = new Announcement(
            AnnouncementId.random(),
            ProjectId.random(),
            OrganisationId.random(),
            DialogueFixtures.facts("Trygghet om natten", NOW.plus(5, ChronoUnit.DAYS)),
            buyer,
            NOW);

    private List<MeetingSlot> series(Instant... starts) {
        return MeetingSlot.series(
                announcement,
                LocalDate.of(2026, 12, 11),
                List.of(starts),
                Duration.ofMinutes(60),
                "Rådhuset",
                List.of(new MeetingPresence(MeetingRole.NOTE_TAKER, "Rita Referent")),
                buyer,
                NOW);
    }

    private MeetingSlot slot() {
        return series(START).get(0);
    }

    @Test
    void aSeriesIsSortedOneLengthAndRegistersOneEventOnItsFirstSlot() {
        List<MeetingSlot> slots = series(START.plus(2, ChronoUnit.HOURS), START);

        assertThat(slots).extracting(MeetingSlot::startsAt).containsExactly(START, START.plus(2, ChronoUnit.HOURS));
        assertThat(slots).allSatisfy(s -> assertThat(s.length()).isEqualTo(Duration.ofHours(1)));
        assertThat(slots.get(0).pendingEvents())
                .singleElement()
                .isInstanceOfSatisfying(MeetingSlotsPublished.class, e -> {
                    assertThat(e.slots()).isEqualTo(2);
                    assertThat(e.minutes()).isEqualTo(60);
                });
        assertThat(slots.get(1).pendingEvents()).isEmpty();
    }

    @Test
    void aFreeSlotIsBookedOnceAndASecondBookingOrAStaleVersionIsTaken() {
        MeetingSlot slot = slot();
        slot.book(announcement, company, "Sensorlab AS", 0, seller, NOW);

        assertThat(slot.bookedBy(company)).isTrue();
        assertThat(slot.pendingEvents()).last().isInstanceOf(MeetingBooked.class);
        assertThatThrownBy(() -> slot.book(announcement, OrganisationId.random(), "Andre AS", 0, seller, NOW))
                .isInstanceOf(SlotTaken.class);
        MeetingSlot other = slot();
        assertThatThrownBy(() -> other.book(announcement, company, "Sensorlab AS", 3, seller, NOW))
                .isInstanceOf(SlotTaken.class);
    }

    @Test
    void aSlotThatHasStartedCannotBeBooked() {
        MeetingSlot slot = slot();
        assertThatThrownBy(() -> slot.book(announcement, company, "Sensorlab AS", 0, seller, START))
                .isInstanceOf(SlotStarted.class);
    }

    @Test
    void theCompanyCancelsUntilFortyEightHoursBeforeTheStartAndNotAfter() {
        MeetingSlot early = slot();
        early.book(announcement, company, "Sensorlab AS", 0, seller, NOW);
        early.cancelByCompany(announcement, "Sensorlab AS", 0, seller, START.minus(Duration.ofHours(49)));
        assertThat(early.booked()).isFalse();
        assertThat(early.pendingEvents()).last().isInstanceOf(MeetingCancelled.class);

        MeetingSlot late = slot();
        late.book(announcement, company, "Sensorlab AS", 0, seller, NOW);
        assertThatThrownBy(() -> late.cancelByCompany(
                        announcement, "Sensorlab AS", 0, seller, START.minus(MeetingSlot.CANCEL_CUT_OFF)))
                .isInstanceOf(TooLateToCancel.class);
        assertThat(late.booked()).isTrue();
    }

    @Test
    void theTeamCancelsABookedMeetingBeforeItStartsAndTheCompanyIsNamedInTheEvent() {
        MeetingSlot slot = slot();
        assertThatThrownBy(() -> slot.cancelByTeam(announcement, "", 0, buyer, NOW))
                .isInstanceOf(SlotNotBooked.class);
        slot.book(announcement, company, "Sensorlab AS", 0, seller, NOW);
        assertThatThrownBy(() -> slot.cancelByTeam(announcement, "Sensorlab AS", 0, buyer, START))
                .isInstanceOf(SlotStarted.class);
        slot.cancelByTeam(announcement, "Sensorlab AS", 0, buyer, START.minus(Duration.ofHours(1)));
        assertThat(slot.booked()).isFalse();
        assertThat(slot.pendingEvents())
                .last()
                .isInstanceOfSatisfying(
                        MeetingCancelledByBuyer.class,
                        e -> assertThat(e.company()).isEqualTo(company));
    }

    @Test
    void onlyAFreeSlotIsRemoved() {
        MeetingSlot free = slot();
        assertThat(free.remove(announcement, 0, buyer).pendingEvents()).last().isInstanceOf(MeetingSlotRemoved.class);
        MeetingSlot booked = slot();
        booked.book(announcement, company, "Sensorlab AS", 0, seller, NOW);
        assertThatThrownBy(() -> booked.remove(announcement, 0, buyer)).isInstanceOf(SlotBooked.class);
    }

    @Test
    void minutesAreWrittenOfABookedMeetingOnceItHasStartedAndTheEventHoldsNoText() {
        MeetingSlot slot = slot();
        assertThatThrownBy(() -> slot.recordMinutes(announcement, "", "Referat", buyer, START))
                .isInstanceOf(SlotNotBooked.class);
        slot.book(announcement, company, "Sensorlab AS", 0, seller, NOW);
        assertThatThrownBy(() -> slot.recordMinutes(announcement, "Sensorlab AS", "Referat", buyer, NOW))
                .isInstanceOf(MeetingNotHeld.class);

        slot.recordMinutes(announcement, "Sensorlab AS", "Hemmelig referattekst", buyer, START.plusSeconds(3600));

        assertThat(slot.minutes()).isEqualTo("Hemmelig referattekst");
        MinutesRecorded event =
                (MinutesRecorded) slot.pendingEvents().get(slot.pendingEvents().size() - 1);
        assertThat(event.toString()).doesNotContain("Hemmelig");
        assertThat(event.details().values()).doesNotContain("Hemmelig referattekst");
    }
}
