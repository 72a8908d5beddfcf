package no.innomotor.dialogue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import no.innomotor.dialogue.DialogueExceptions.AnnouncementNotPublished;
import no.innomotor.dialogue.DialogueExceptions.DialogueClosed;
import no.innomotor.dialogue.DialogueExceptions.NotRegistered;
import no.innomotor.dialogue.MeetingExceptions.AlreadyBooked;
import no.innomotor.dialogue.MeetingExceptions.MeetingNotFound;
import no.innomotor.dialogue.MeetingExceptions.SlotTaken;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-to-one meetings' commands. The buyer's team publishes slots, removes free ones, cancels bookings and writes
 * minutes; a registered supplier company books one slot per announcement and cancels it until the cut-off. Two
 * bookings of one slot, or two slots for one company, are refused by the database itself (the slot's version and a
 * unique constraint), so the loser of a race is told the slot was just taken. Bookings, cancellations and minutes
 * each record a line in the dialogue log.
 */
@Service
@Transactional
public class MeetingsManagement {

    static final int MIN_LENGTH = 15;
    static final int MAX_LENGTH = 480;
    static final int MAX_SLOTS = 24;

    private final MeetingSlotRepository slots;
    private final AnnouncementRepository announcements;
    private final RegistrationRepository registrations;
    private final DialogueAccess access;
    private final DialogueLog log;
    private final OrganisationsManagement organisations;
    private final Clock clock;

    MeetingsManagement(
            MeetingSlotRepository slots,
            AnnouncementRepository announcements,
            RegistrationRepository registrations,
            DialogueAccess access,
            DialogueLog log,
            OrganisationsManagement organisations,
            Clock clock) {
        this.slots = slots;
        this.announcements = announcements;
        this.registrations = registrations;
        this.access = access;
        this.log = log;
        this.organisations = organisations;
        this.clock = clock;
    }

    // ---- checks before a form is read ----

    /** Refuses anyone outside the announcement's team: not found. */
    @Transactional(readOnly = true)
    public void authoriseTeam(AnnouncementId id, CurrentUser user) {
        access.ofTeam(id, user);
    }

    /** Refuses anyone outside the team of the slot's announcement (not found); returns the announcement. */
    @Transactional(readOnly = true)
    public AnnouncementId authoriseTeam(MeetingSlotId id, CurrentUser user) {
        return teamSlot(id, user).announcement().id();
    }

    /** Refuses a person who is no supplier (access denied) or a slot they may not see (not found). */
    @Transactional(readOnly = true)
    public AnnouncementId authoriseSupplier(MeetingSlotId id, CurrentUser user) {
        DialogueAccess.supplierCompany(user);
        return access.visible(slot(id).announcement(), user).id();
    }

    /** Refuses anyone but a supplier of the company that holds the slot: not found for every other company. */
    @Transactional(readOnly = true)
    public AnnouncementId authoriseBooking(MeetingSlotId id, CurrentUser user) {
        OrganisationId company = DialogueAccess.supplierCompany(user);
        MeetingSlot slot = slot(id);
        if (!slot.bookedBy(company)) {
            throw new MeetingNotFound(id);
        }
        return slot.announcement();
    }

    // ---- what the team does ----

    /**
     * Publishes a series of slots on one day of a published announcement, within its meeting period where one is
     * set, all of the announcement's one length, none overlapping another. A refused field is named, so the form
     * shows the message next to it.
     */
    public List<MeetingSlotId> publishSlots(AnnouncementId id, MeetingSeries series, CurrentUser user) {
        Announcement announcement = access.ofTeam(id, user);
        if (announcement.status() != AnnouncementStatus.PUBLISHED) {
            throw new AnnouncementNotPublished(id);
        }
        Instant now = clock.instant();
        List<MeetingSlot> existing = slots.findByAnnouncementIdOrderByStartsAt(id.value());
        Duration length = checkedLength(series.minutes(), existing);
        checkDate(series.date(), announcement.facts());
        String place = checkedText(series.place(), MeetingSlot.MAX_PLACE, "place");
        List<MeetingPresence> present = checkedPresence(series, announcement);
        if (series.starts().isEmpty()) {
            throw rejected("times", "dialogue.meetings.form.times.required");
        }
        if (series.starts().size() > MAX_SLOTS) {
            throw rejected("times", "dialogue.meetings.form.times.tooMany");
        }
        List<Instant> starts = new ArrayList<>();
        for (LocalTime time : series.starts().stream().sorted().toList()) {
            Instant start =
                    series.date().atTime(time).atZone(NorwegianTime.ZONE).toInstant();
            Instant end = start.plus(length);
            if (!start.isAfter(now)) {
                throw rejected("times", "dialogue.meetings.form.times.past");
            }
            boolean clash = starts.stream().anyMatch(other -> start.isBefore(other.plus(length)) && end.isAfter(other))
                    || existing.stream().anyMatch(slot -> slot.overlaps(start, end));
            if (clash) {
                throw rejected("times", "dialogue.meetings.form.times.overlap");
            }
            if (!series.date().equals(end.atZone(NorwegianTime.ZONE).toLocalDate())
                    && !end.atZone(NorwegianTime.ZONE).toLocalTime().equals(LocalTime.MIDNIGHT)) {
                throw rejected("times", "dialogue.meetings.form.times.pastMidnight");
            }
            starts.add(start);
        }
        List<MeetingSlot> created =
                MeetingSlot.series(announcement, series.date(), starts, length, place, present, user.personId(), now);
        return slots.saveAll(created).stream().map(MeetingSlot::id).toList();
    }

    /** Removes a free slot; a booked one is cancelled first. Returns the announcement. */
    public AnnouncementId remove(MeetingSlotId id, long expectedVersion, CurrentUser user) {
        MeetingSlot slot = teamSlot(id, user).slot();
        Announcement announcement = access.ofTeam(slot.announcement(), user);
        slots.delete(slot.remove(announcement, expectedVersion, user.personId()));
        return announcement.id();
    }

    /** Cancels a booked meeting that has not started; the slot is free again and the company is told. */
    public AnnouncementId cancelByTeam(MeetingSlotId id, long expectedVersion, CurrentUser user) {
        TeamSlot team = teamSlot(id, user);
        MeetingSlot slot = team.slot();
        OrganisationId company = slot.company();
        if (company == null) {
            throw new MeetingExceptions.SlotNotBooked(id);
        }
        slot.cancelByTeam(team.announcement(), companyName(company), expectedVersion, user.personId(), clock.instant());
        saveOrTaken(slot);
        log.record(team.announcement().id(), LogKind.MEETING_CANCELLED, company, user.personId(), null, id.value());
        return team.announcement().id();
    }

    /** Records (or replaces) the minutes of a held meeting, and puts them in the dialogue log. */
    public AnnouncementId recordMinutes(MeetingSlotId id, String text, CurrentUser user) {
        TeamSlot team = teamSlot(id, user);
        MeetingSlot slot = team.slot();
        String minutes = checkedText(text, MeetingSlot.MAX_MINUTES_TEXT, "minutes");
        OrganisationId company = slot.company();
        slot.recordMinutes(
                team.announcement(),
                company == null ? "" : companyName(company),
                minutes,
                user.personId(),
                clock.instant());
        saveOrTaken(slot);
        log.record(team.announcement().id(), LogKind.MEETING_MINUTES, company, user.personId(), minutes, id.value());
        return team.announcement().id();
    }

    // ---- what suppliers do ----

    /**
     * Books the slot, as the person saw it at {@code expectedVersion}, for the person's company: a registered
     * company, one slot per announcement, until the interest deadline and before the slot starts.
     */
    public AnnouncementId book(MeetingSlotId id, long expectedVersion, CurrentUser user) {
        OrganisationId company = DialogueAccess.supplierCompany(user);
        MeetingSlot slot = slot(id);
        Announcement announcement = access.visible(slot.announcement(), user);
        Instant now = clock.instant();
        if (announcement.status() != AnnouncementStatus.PUBLISHED) {
            throw new AnnouncementNotPublished(announcement.id());
        }
        if (!announcement.open(now)) {
            throw new DialogueClosed(announcement.id());
        }
        if (registrations
                .findByAnnouncementIdAndCompanyId(announcement.id().value(), company.value())
                .isEmpty()) {
            throw new NotRegistered(announcement.id());
        }
        if (slots.findByAnnouncementIdAndBookedCompanyId(announcement.id().value(), company.value())
                .isPresent()) {
            throw new AlreadyBooked(announcement.id());
        }
        slot.book(announcement, company, companyName(company), expectedVersion, user.personId(), now);
        try {
            slots.saveAndFlush(slot);
        } catch (ConcurrencyFailureException raced) {
            // Another company's booking of this slot committed first: the version no longer matched.
            throw new SlotTaken(id);
        } catch (DataIntegrityViolationException raced) {
            // Someone of the same company booked another slot at the same moment: one slot per company held.
            throw new AlreadyBooked(announcement.id());
        }
        log.record(announcement.id(), LogKind.MEETING_BOOKED, company, user.personId(), null, id.value());
        return announcement.id();
    }

    /** Books the slot as it stands now: for demo data and the API. */
    public AnnouncementId book(MeetingSlotId id, CurrentUser user) {
        return book(id, slot(id).version(), user);
    }

    /** The company cancels its booking, until {@link MeetingSlot#CANCEL_CUT_OFF} before the start. */
    public AnnouncementId cancelBooking(MeetingSlotId id, long expectedVersion, CurrentUser user) {
        authoriseBooking(id, user);
        OrganisationId company = DialogueAccess.supplierCompany(user);
        MeetingSlot slot = slot(id);
        Announcement announcement = access.visible(slot.announcement(), user);
        slot.cancelByCompany(announcement, companyName(company), expectedVersion, user.personId(), clock.instant());
        saveOrTaken(slot);
        log.record(announcement.id(), LogKind.MEETING_CANCELLED, company, user.personId(), null, id.value());
        return announcement.id();
    }

    // ---- helpers ----

    private record TeamSlot(MeetingSlot slot, Announcement announcement) {}

    private TeamSlot teamSlot(MeetingSlotId id, CurrentUser user) {
        MeetingSlot slot = slot(id);
        Announcement announcement =
                announcements.findById(slot.announcement().value()).orElseThrow(() -> new MeetingNotFound(id));
        if (!DialogueAccess.team(user, announcement)) {
            throw new MeetingNotFound(id);
        }
        return new TeamSlot(slot, announcement);
    }

    private MeetingSlot slot(MeetingSlotId id) {
        return slots.findById(id.value()).orElseThrow(() -> new MeetingNotFound(id));
    }

    private void saveOrTaken(MeetingSlot slot) {
        try {
            slots.saveAndFlush(slot);
        } catch (ConcurrencyFailureException raced) {
            throw new SlotTaken(slot.id());
        }
    }

    private Duration checkedLength(int minutes, List<MeetingSlot> existing) {
        if (minutes < MIN_LENGTH || minutes > MAX_LENGTH) {
            throw rejected("length", "dialogue.meetings.form.length.range");
        }
        Duration length = Duration.ofMinutes(minutes);
        if (!existing.isEmpty() && !existing.get(0).length().equals(length)) {
            throw rejected("length", "dialogue.meetings.form.length.fixed");
        }
        return length;
    }

    private static void checkDate(LocalDate date, AnnouncementFacts facts) {
        LocalDate from = facts.meetingsFrom();
        LocalDate to = facts.meetingsTo();
        if ((from != null && date.isBefore(from)) || (to != null && date.isAfter(to))) {
            throw rejected("date", "dialogue.meetings.form.date.outside");
        }
    }

    private List<MeetingPresence> checkedPresence(MeetingSeries series, Announcement announcement) {
        List<MeetingPresence> present = new ArrayList<>();
        for (MeetingPresence person : series.present()) {
            if (person.role() == MeetingRole.NOTE_TAKER) {
                continue;
            }
            String name = person.name() == null ? "" : person.name().strip();
            if (name.length() > MeetingPresence.MAX_NAME) {
                throw rejected(field(person.role()), "dialogue.meetings.form.name.tooLong");
            }
            if (!name.isEmpty()) {
                present.add(new MeetingPresence(person.role(), name));
            }
        }
        PersonSummary noteTaker = organisations.peopleWithRole(announcement.organisation(), Role.BUYER).stream()
                .filter(p -> p.id().equals(series.noteTaker()))
                .findFirst()
                .orElseThrow(() -> rejected("noteTaker", "dialogue.meetings.form.noteTaker.invalid"));
        present.add(new MeetingPresence(MeetingRole.NOTE_TAKER, noteTaker.displayName()));
        return present;
    }

    /** The form field that names a role's person. */
    static String field(MeetingRole role) {
        return switch (role) {
            case PROJECT_LEAD -> "projectLead";
            case NEED_OWNER -> "needOwner";
            case PROCUREMENT -> "procurement";
            case SPECIALIST -> "specialists";
            case NOTE_TAKER -> "noteTaker";
        };
    }

    private String companyName(OrganisationId company) {
        return organisations.find(company).map(OrganisationSummary::name).orElse("");
    }

    private static String checkedText(String text, int max, String field) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw rejected(field, "dialogue.meetings.form." + field + ".required");
        }
        if (stripped.length() > max) {
            throw rejected(field, "dialogue.meetings.form." + field + ".tooLong");
        }
        return stripped;
    }

    private static AnnouncementInputRejected rejected(String field, String key) {
        return new AnnouncementInputRejected(field, key, "Meeting input refused: " + field);
    }
}
