package no.innomotor.dialogue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.innomotor.dialogue.DialogueEvents.AnnouncementChanged;
import no.innomotor.dialogue.DialogueEvents.AnnouncementDrafted;
import no.innomotor.dialogue.DialogueEvents.AnnouncementPublished;
import no.innomotor.dialogue.DialogueEvents.AnnouncementWithdrawn;
import no.innomotor.dialogue.DialogueExceptions.AnnouncementNotDraft;
import no.innomotor.dialogue.DialogueExceptions.AnnouncementNotPublished;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A market-dialogue announcement of one project: drafted by the buyer's team, published (then public, listed beside
 * imported notices, and open for registrations and questions until the interest deadline), and withdrawn.
 */
@Entity
@Table(name = "dialogue_announcement")
class Announcement extends AbstractAggregateRoot<Announcement> {

    static final int MAX_TITLE = 200;
    static final int MAX_NEED = 10_000;
    static final int MAX_CPV = 20;

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, columnDefinition = "text")
    private String need;

    @Column(name = "nuts_code", nullable = false, length = 10)
    private String nutsCode;

    @Column(name = "interest_deadline")
    private @Nullable Instant interestDeadline;

    @Column(name = "meetings_from")
    private @Nullable LocalDate meetingsFrom;

    @Column(name = "meetings_to")
    private @Nullable LocalDate meetingsTo;

    @Column(name = "conference_date")
    private @Nullable LocalDate conferenceDate;

    @Column(length = 200)
    private @Nullable String place;

    @Column(name = "contact_name", length = 200)
    private @Nullable String contactName;

    @Column(name = "contact_email", length = 254)
    private @Nullable String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AnnouncementStatus status;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** A wrapper, so a new aggregate is persisted rather than merged. */
    @Version
    private @Nullable Long version;

    @ElementCollection
    @CollectionTable(name = "dialogue_announcement_cpv", joinColumns = @JoinColumn(name = "announcement_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "code", nullable = false, length = 8)
    private List<String> cpvCodes = new ArrayList<>();

    protected Announcement() {}

    Announcement(
            AnnouncementId id,
            ProjectId project,
            OrganisationId organisation,
            AnnouncementFacts facts,
            PersonId by,
            Instant now) {
        this.id = id.value();
        this.projectId = project.value();
        this.organisationId = organisation.value();
        this.status = AnnouncementStatus.DRAFT;
        this.createdBy = by.value();
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        apply(facts, now);
        registerEvent(new AnnouncementDrafted(by, organisation, id, project, title));
    }

    /** Changes the draft from the version the person saw. */
    void change(AnnouncementFacts facts, long expectedVersion, PersonId by, Instant now) {
        if (expectedVersion != version()) {
            throw new AnnouncementChangedConcurrently(id());
        }
        requireDraft();
        apply(facts, now);
        registerEvent(new AnnouncementChanged(by, organisation(), id(), title));
    }

    /**
     * Publishes the draft: it needs a deadline in the future, a need, at least one CPV code and a contact. The field
     * that lacks is named, so the form shows the message next to it.
     */
    void publish(long expectedVersion, PersonId by, Instant now) {
        if (expectedVersion != version()) {
            throw new AnnouncementChangedConcurrently(id());
        }
        requireDraft();
        if (interestDeadline == null) {
            throw rejected("interestDeadline", "dialogue.publish.deadlineMissing");
        }
        if (!interestDeadline.isAfter(now)) {
            throw rejected("interestDeadline", "dialogue.publish.deadlinePast");
        }
        if (need.isBlank()) {
            throw rejected("need", "dialogue.form.need.required");
        }
        if (cpvCodes.isEmpty()) {
            throw rejected("cpvCodes", "dialogue.form.cpv.required");
        }
        if (contactName == null || contactEmail == null) {
            throw rejected("contactEmail", "dialogue.publish.contactMissing");
        }
        this.status = AnnouncementStatus.PUBLISHED;
        this.publishedAt = now.truncatedTo(ChronoUnit.MICROS);
        this.updatedAt = now;
        registerEvent(new AnnouncementPublished(by, organisation(), id(), project(), title, interestDeadline));
    }

    void withdraw(long expectedVersion, PersonId by, Instant now) {
        if (expectedVersion != version()) {
            throw new AnnouncementChangedConcurrently(id());
        }
        if (status != AnnouncementStatus.PUBLISHED) {
            throw new AnnouncementNotPublished(id());
        }
        this.status = AnnouncementStatus.WITHDRAWN;
        this.updatedAt = now;
        registerEvent(new AnnouncementWithdrawn(by, organisation(), id(), title));
    }

    /** Whether suppliers may still register and ask: published, and the deadline not passed. */
    boolean open(Instant now) {
        return status == AnnouncementStatus.PUBLISHED && interestDeadline != null && interestDeadline.isAfter(now);
    }

    private void requireDraft() {
        if (status != AnnouncementStatus.DRAFT) {
            throw new AnnouncementNotDraft(id(), status);
        }
    }

    private AnnouncementInputRejected rejected(String field, String key) {
        return new AnnouncementInputRejected(field, key, "Announcement " + id + " not publishable: " + field);
    }

    private void apply(AnnouncementFacts facts, Instant now) {
        if (facts.title().isBlank() || facts.title().length() > MAX_TITLE) {
            throw new IllegalArgumentException("An announcement title has 1 to " + MAX_TITLE + " characters");
        }
        if (facts.need().isBlank() || facts.need().length() > MAX_NEED) {
            throw new IllegalArgumentException("An announcement need has 1 to " + MAX_NEED + " characters");
        }
        if (facts.cpvCodes().size() > MAX_CPV) {
            throw new IllegalArgumentException("An announcement has at most " + MAX_CPV + " CPV codes");
        }
        LocalDate from = facts.meetingsFrom();
        LocalDate to = facts.meetingsTo();
        if (from != null && to != null && to.isBefore(from)) {
            throw new AnnouncementInputRejected(
                    "meetingsTo", "dialogue.form.meetings.order", "Meeting period ends before it starts");
        }
        this.title = facts.title();
        this.need = facts.need();
        this.cpvCodes.clear();
        facts.cpvCodes().forEach(code -> cpvCodes.add(code.value()));
        this.nutsCode = facts.nutsCode().value();
        this.interestDeadline = facts.interestDeadline() == null
                ? null
                : facts.interestDeadline().truncatedTo(ChronoUnit.MICROS);
        this.meetingsFrom = from;
        this.meetingsTo = to;
        this.conferenceDate = facts.conferenceDate();
        this.place = facts.place();
        this.contactName = facts.contactName();
        this.contactEmail = facts.contactEmail();
        this.updatedAt = now;
    }

    AnnouncementId id() {
        return new AnnouncementId(id);
    }

    ProjectId project() {
        return new ProjectId(projectId);
    }

    OrganisationId organisation() {
        return new OrganisationId(organisationId);
    }

    String title() {
        return title;
    }

    AnnouncementStatus status() {
        return status;
    }

    @Nullable
    Instant interestDeadline() {
        return interestDeadline;
    }

    @Nullable
    Instant publishedAt() {
        return publishedAt;
    }

    long version() {
        return version == null ? 0 : version;
    }

    AnnouncementFacts facts() {
        return new AnnouncementFacts(
                title,
                need,
                cpvCodes.stream().map(CpvCode::of).toList(),
                NutsCode.of(nutsCode),
                interestDeadline,
                meetingsFrom,
                meetingsTo,
                conferenceDate,
                place,
                contactName,
                contactEmail);
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    /** The events registered and not yet published, for the aggregate's own tests. */
    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }
}
