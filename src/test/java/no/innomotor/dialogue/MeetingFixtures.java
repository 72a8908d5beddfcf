package no.innomotor.dialogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import no.innomotor.dialogue.DialogueFixtures.Supplier;
import no.innomotor.projects.ProjectFixtures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds one-to-one meetings through the real services: slots on a day inside the fixtures' meeting period, bookings
 * of registered companies, and a meeting moved into the past (the database's times, as if the day had come) so its
 * minutes may be written. A bean of the test context; every call makes new data.
 */
@Component
public class MeetingFixtures {

    private final DialogueFixtures dialogue;
    private final DialogueManagement management;
    private final MeetingsManagement meetings;
    private final JdbcTemplate jdbc;

    MeetingFixtures(
            DialogueFixtures dialogue, DialogueManagement management, MeetingsManagement meetings, JdbcTemplate jdbc) {
        this.dialogue = dialogue;
        this.management = management;
        this.meetings = meetings;
        this.jdbc = jdbc;
    }

    /** The fixtures' announcements hold meetings from 40 to 50 days ahead; slots go on the 42nd. */
    public static LocalDate day() {
        return LocalDate.now().plusDays(42);
    }

    public static MeetingSeries series(ProjectFixtures.Org org, LocalDate day, int minutes, LocalTime... starts) {
        return new MeetingSeries(
                day,
                Arrays.asList(starts),
                minutes,
                "Rådhuset, møterom 2",
                List.of(
                        new MeetingPresence(MeetingRole.PROJECT_LEAD, "Pia Prosjektleder"),
                        new MeetingPresence(MeetingRole.NEED_OWNER, "Bjørn Behovseier"),
                        new MeetingPresence(MeetingRole.PROCUREMENT, "Ingrid Innkjøp"),
                        new MeetingPresence(MeetingRole.SPECIALIST, "Frida Fag")),
                org.buyer().id());
    }

    /** Hour-long slots at the given hours, published by the organisation's buyer. */
    public List<MeetingSlotId> slots(ProjectFixtures.Org org, AnnouncementId announcement, int... hours) {
        LocalTime[] starts =
                Arrays.stream(hours).mapToObj(h -> LocalTime.of(h, 0)).toArray(LocalTime[]::new);
        return meetings.publishSlots(
                announcement, series(org, day(), 60, starts), org.buyer().user());
    }

    /** Registers the supplier's company (if it is not) and books the slot for it. */
    public void book(AnnouncementId announcement, MeetingSlotId slot, Supplier supplier) {
        register(announcement, supplier);
        meetings.book(slot, supplier.person().user());
    }

    public void register(AnnouncementId announcement, Supplier supplier) {
        try {
            management.register(announcement, List.of(), supplier.person().user());
        } catch (DialogueExceptions.AlreadyRegistered already) {
            // registered before: fine
        }
    }

    /** A published announcement with one slot booked by the supplier; returns the slot. */
    public MeetingSlotId booked(ProjectFixtures.Org org, Supplier supplier, String title) {
        AnnouncementId announcement = dialogue.published(org, title);
        MeetingSlotId slot = slots(org, announcement, 9, 10).get(0);
        book(announcement, slot, supplier);
        return slot;
    }

    /** Moves the slot's meeting so it began {@code hoursAgo} hours ago, as if its day had come. */
    public void heldHoursAgo(MeetingSlotId slot, int hoursAgo) {
        Instant start = Instant.now().minus(hoursAgo, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        moveTo(slot, start);
    }

    /** Moves the fixtures' hour-long meeting to start at {@code start}. */
    public void moveTo(MeetingSlotId slot, Instant start) {
        jdbc.update(
                "update dialogue_meeting_slot set starts_at = ?, ends_at = ? where id = ?",
                start.atOffset(java.time.ZoneOffset.UTC),
                start.plus(1, ChronoUnit.HOURS).atOffset(java.time.ZoneOffset.UTC),
                slot.value());
    }
}
