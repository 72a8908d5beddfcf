package no.innomotor.dialogue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One slot of an announcement's one-to-one meetings, and its booking: the booking columns live on the slot's own row,
 * so the version refuses a second booking of a slot however close together two requests come, and the database lets a
 * company hold one slot per announcement. A booked slot carries the minutes once the meeting has been held.
 */
@Entity
@Table(name = "dialogue_meeting_slot")
class MeetingSlot extends AbstractAggregateRoot<MeetingSlot> {

    /** How long before the start a supplier may still cancel its own booking; after that it contacts the buyer. */
    static final Duration CANCEL_CUT_OFF = Duration.ofHours(48);

    static final int MAX_PLACE = 300;
    static final int MAX_MINUTES_TEXT = 20_000;

    @Id
    private UUID id;

    @Column(name = "announcement_id", nullable = false)
    private UUID announcementId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false, length = MAX_PLACE)
    private String place;

    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "booked_company_id")
    private @Nullable UUID bookedCompanyId;

    @Column(name = "booked_by")
    private @Nullable UUID bookedBy;

    @Column(name = "booked_at")
    private @Nullable Instant bookedAt;

    @Column(columnDefinition = "text")
    private @Nullable String minutes;

    @Column(name = "minutes_by")
    private @Nullable UUID minutesBy;

    @Column(name = "minutes_at")
    private @Nullable Instant minutesAt;

    /** A wrapper, so a new slot is persisted rather than merged. */
    @Version
    private @Nullable Long version;

    // Loaded for all slots of a list in one query, not one per slot.
    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "dialogue_meeting_present", joinColumns = @JoinColumn(name = "slot_id"))
    @OrderColumn(name = "sort_order")
    private List<Present> present = new ArrayList<>();

    protected MeetingSlot() {}

    private MeetingSlot(
            AnnouncementId announcement,
            Instant startsAt,
            Duration length,
            String place,
            List<MeetingPresence> people,
            PersonId by,
            Instant now) {
        this.id = UUID.randomUUID();
        this.announcementId = announcement.value();
        this.startsAt = startsAt.truncatedTo(ChronoUnit.MICROS);
        this.endsAt = startsAt.plus(length).truncatedTo(ChronoUnit.MICROS);
        this.place = place;
        this.createdBy = by.value();
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        people.forEach(p -> present.add(new Present(p.role(), p.name())));
    }

    /**
     * The slots of one series, in the order of their starts; the first carries the series' one event, so the audit
     * trail says «published five slots on 12 January» once rather than five times.
     */
    static List<MeetingSlot> series(
            Announcement announcement,
            LocalDate date,
            List<Instant> starts,
            Duration length,
            String place,
            List<MeetingPresence> people,
            PersonId by,
            Instant now) {
        List<MeetingSlot> slots = starts.stream()
                .sorted()
                .map(start -> new MeetingSlot(announcement.id(), start, length, place, people, by, now))
                .toList();
        if (!slots.isEmpty()) {
            slots.get(0)
                    .registerEvent(new MeetingSlotsPublished(
                            by,
                            announcement.organisation(),
                            announcement.id(),
                            announcement.title(),
                            date,
                            slots.size(),
                            (int) length.toMinutes()));
        }
        return slots;
    }

    /** Books the free slot for the company, from the version the person saw; a slot that has started is closed. */
    void book(
            Announcement announcement,
            OrganisationId company,
            String companyName,
            long expectedVersion,
            PersonId by,
            Instant now) {
        if (expectedVersion != version() || booked()) {
            throw new SlotTaken(id());
        }
        if (started(now)) {
            throw new SlotStarted(id());
        }
        this.bookedCompanyId = company.value();
        this.bookedBy = by.value();
        this.bookedAt = now.truncatedTo(ChronoUnit.MICROS);
        registerEvent(new MeetingBooked(
                by,
                announcement.organisation(),
                announcement.id(),
                announcement.title(),
                id(),
                startsAt,
                company,
                companyName));
    }

    /** The booking company cancels, until {@link #CANCEL_CUT_OFF} before the start; the slot is free again. */
    void cancelByCompany(
            Announcement announcement, String companyName, long expectedVersion, PersonId by, Instant now) {
        OrganisationId company = requireBooked();
        if (expectedVersion != version()) {
            throw new SlotTaken(id());
        }
        if (!now.isBefore(cancelDeadline())) {
            throw new TooLateToCancel(id());
        }
        free();
        registerEvent(new MeetingCancelled(
                by,
                announcement.organisation(),
                announcement.id(),
                announcement.title(),
                id(),
                startsAt,
                company,
                companyName));
    }

    /** The team cancels a booked meeting that has not started; the slot is free again and the company is told. */
    void cancelByTeam(Announcement announcement, String companyName, long expectedVersion, PersonId by, Instant now) {
        OrganisationId company = requireBooked();
        if (expectedVersion != version()) {
            throw new SlotTaken(id());
        }
        if (started(now)) {
            throw new SlotStarted(id());
        }
        free();
        registerEvent(new MeetingCancelledByBuyer(
                by,
                announcement.organisation(),
                announcement.id(),
                announcement.title(),
                id(),
                startsAt,
                company,
                companyName));
    }

    /** Registers the removal of a free slot; the service then deletes it, which publishes the event. */
    MeetingSlot remove(Announcement announcement, long expectedVersion, PersonId by) {
        if (expectedVersion != version()) {
            throw new SlotTaken(id());
        }
        if (booked()) {
            throw new SlotBooked(id());
        }
        registerEvent(new MeetingSlotRemoved(
                by, announcement.organisation(), announcement.id(), announcement.title(), id(), startsAt));
        return this;
    }

    /** The note-taker's minutes of the held meeting; written again, they replace the earlier text. */
    void recordMinutes(Announcement announcement, String companyName, String text, PersonId by, Instant now) {
        OrganisationId company = requireBooked();
        if (!started(now)) {
            throw new MeetingNotHeld(id());
        }
        this.minutes = text;
        this.minutesBy = by.value();
        this.minutesAt = now.truncatedTo(ChronoUnit.MICROS);
        registerEvent(new MinutesRecorded(
                by, announcement.organisation(), announcement.id(), announcement.title(), id(), company, companyName));
    }

    private OrganisationId requireBooked() {
        if (bookedCompanyId == null) {
            throw new SlotNotBooked(id());
        }
        return new OrganisationId(bookedCompanyId);
    }

    private void free() {
        this.bookedCompanyId = null;
        this.bookedBy = null;
        this.bookedAt = null;
    }

    MeetingSlotId id() {
        return new MeetingSlotId(id);
    }

    AnnouncementId announcement() {
        return new AnnouncementId(announcementId);
    }

    Instant startsAt() {
        return startsAt;
    }

    Instant endsAt() {
        return endsAt;
    }

    Duration length() {
        return Duration.between(startsAt, endsAt);
    }

    String place() {
        return place;
    }

    boolean booked() {
        return bookedCompanyId != null;
    }

    boolean bookedBy(OrganisationId company) {
        return company.value().equals(bookedCompanyId);
    }

    @Nullable
    OrganisationId company() {
        return bookedCompanyId == null ? null : new OrganisationId(bookedCompanyId);
    }

    @Nullable
    Instant bookedAt() {
        return bookedAt;
    }

    @Nullable
    String minutes() {
        return minutes;
    }

    @Nullable
    Instant minutesAt() {
        return minutesAt;
    }

    boolean started(Instant now) {
        return !now.isBefore(startsAt);
    }

    Instant cancelDeadline() {
        return startsAt.minus(CANCEL_CUT_OFF);
    }

    boolean overlaps(Instant start, Instant end) {
        return start.isBefore(endsAt) && end.isAfter(startsAt);
    }

    long version() {
        return version == null ? 0 : version;
    }

    List<MeetingPresence> present() {
        return present.stream().map(p -> new MeetingPresence(p.role, p.name)).toList();
    }

    /** The events registered and not yet published, for the aggregate's own tests. */
    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    @Embeddable
    static class Present {

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 20)
        private MeetingRole role;

        @Column(nullable = false, length = MeetingPresence.MAX_NAME)
        private String name;

        protected Present() {}

        Present(MeetingRole role, String name) {
            this.role = role;
            this.name = name;
        }
    }
}
