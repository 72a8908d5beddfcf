package no.innomotor.dialogue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.innomotor.dialogue.DialogueEvents.ConferenceMaterialPublished;
import no.innomotor.dialogue.DialogueEvents.ConferenceMinutesPublished;
import no.innomotor.dialogue.DialogueEvents.ConferenceScheduled;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * The dialogue conference of one announcement: when and where, its capacity in persons (in all and per company)
 * and its agenda; after it, the minutes. Registrations are {@link ConferenceRegistration}s, decided while this row
 * is locked, so the capacity holds under concurrent registrations.
 */
@Entity
@Table(name = "dialogue_conference")
class Conference extends AbstractAggregateRoot<Conference> {

    static final int MAX_CAPACITY = 10_000;
    static final int MAX_AGENDA = 30;
    static final int MAX_PLACE = 200;
    static final int MAX_MINUTES = 50_000;

    @Id
    private UUID id;

    @Column(name = "announcement_id", nullable = false)
    private UUID announcementId;

    @Column(name = "conference_date", nullable = false)
    private LocalDate date;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Column(length = MAX_PLACE)
    private @Nullable String place;

    @Column(nullable = false)
    private boolean online;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "max_per_company", nullable = false)
    private int maxPerCompany;

    @Column(columnDefinition = "text")
    private @Nullable String minutes;

    @Column(name = "minutes_published_at")
    private @Nullable Instant minutesPublishedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private @Nullable Long version;

    @ElementCollection
    @CollectionTable(name = "dialogue_conference_agenda", joinColumns = @JoinColumn(name = "conference_id"))
    @OrderColumn(name = "sort_order")
    private List<Point> agenda = new ArrayList<>();

    protected Conference() {}

    Conference(Announcement announcement, ConferencePlan plan, PersonId by, Instant now) {
        this.id = UUID.randomUUID();
        this.announcementId = announcement.id().value();
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        apply(plan, 0, announcement, by, now);
    }

    /** Changes the plan from the version the person saw; the capacity never drops below the persons confirmed. */
    void change(
            ConferencePlan plan,
            long expectedVersion,
            int confirmed,
            Announcement announcement,
            PersonId by,
            Instant now) {
        if (expectedVersion != version()) {
            throw new ConferenceExceptions.ConferenceChangedConcurrently(announcement.id());
        }
        apply(plan, confirmed, announcement, by, now);
    }

    private void apply(ConferencePlan plan, int confirmed, Announcement announcement, PersonId by, Instant now) {
        if (!plan.endsAt().isAfter(plan.startsAt())) {
            throw rejected("endsAt", "dialogue.conference.form.endsAt.order");
        }
        if (plan.capacity() < 1 || plan.capacity() > MAX_CAPACITY) {
            throw rejected("capacity", "dialogue.conference.form.capacity.range");
        }
        if (plan.capacity() < confirmed) {
            throw rejected("capacity", "dialogue.conference.form.capacity.belowConfirmed");
        }
        if (plan.maxPerCompany() < 1 || plan.maxPerCompany() > plan.capacity()) {
            throw rejected("maxPerCompany", "dialogue.conference.form.maxPerCompany.range");
        }
        String where = plan.place() == null ? null : plan.place().strip();
        if ((where == null || where.isEmpty()) && !plan.online()) {
            throw rejected("place", "dialogue.conference.form.place.required");
        }
        if (where != null && where.length() > MAX_PLACE) {
            throw rejected("place", "dialogue.conference.form.place.tooLong");
        }
        if (plan.agenda().size() > MAX_AGENDA) {
            throw rejected("agenda", "dialogue.conference.form.agenda.tooMany");
        }
        this.date = plan.date();
        this.startsAt = plan.startsAt();
        this.endsAt = plan.endsAt();
        this.place = where == null || where.isEmpty() ? null : where;
        this.online = plan.online();
        this.capacity = plan.capacity();
        this.maxPerCompany = plan.maxPerCompany();
        this.agenda.clear();
        plan.agenda().stream()
                .sorted(java.util.Comparator.comparing(AgendaItem::startsAt))
                .forEach(item -> agenda.add(new Point(item.startsAt(), item.title())));
        this.updatedAt = now;
        registerEvent(new ConferenceScheduled(
                by, announcement.organisation(), announcement.id(), announcement.title(), date, capacity));
    }

    void materialPublished(
            int files, List<OrganisationId> registered, Announcement announcement, PersonId by, Instant now) {
        this.updatedAt = now;
        registerEvent(new ConferenceMaterialPublished(
                by, announcement.organisation(), announcement.id(), announcement.title(), files, registered));
    }

    /** Publishes (or corrects) the minutes to every company registered for the dialogue. */
    void publishMinutes(
            String text, List<OrganisationId> registered, Announcement announcement, PersonId by, Instant now) {
        this.minutes = text;
        this.minutesPublishedAt = now.truncatedTo(ChronoUnit.MICROS);
        this.updatedAt = now;
        registerEvent(new ConferenceMinutesPublished(
                by, announcement.organisation(), announcement.id(), announcement.title(), registered));
    }

    private static AnnouncementInputRejected rejected(String field, String key) {
        return new AnnouncementInputRejected(field, key, "Conference plan refused: " + field);
    }

    UUID id() {
        return id;
    }

    AnnouncementId announcement() {
        return new AnnouncementId(announcementId);
    }

    int capacity() {
        return capacity;
    }

    int maxPerCompany() {
        return maxPerCompany;
    }

    @Nullable
    String minutes() {
        return minutes;
    }

    @Nullable
    Instant minutesPublishedAt() {
        return minutesPublishedAt;
    }

    long version() {
        return version == null ? 0 : version;
    }

    ConferencePlan plan() {
        return new ConferencePlan(
                date,
                startsAt,
                endsAt,
                place,
                online,
                capacity,
                maxPerCompany,
                agenda.stream().map(p -> new AgendaItem(p.startsAt, p.title)).toList());
    }

    /** The events registered and not yet published, for the aggregate's own tests. */
    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }

    @Embeddable
    static class Point {

        @Column(name = "starts_at", nullable = false)
        private LocalTime startsAt;

        @Column(nullable = false, length = AgendaItem.MAX_TITLE)
        private String title;

        protected Point() {}

        Point(LocalTime startsAt, String title) {
            this.startsAt = startsAt;
            this.title = title;
        }
    }
}
