package no.innomotor.instruments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import no.innomotor.instruments.InstrumentEvents.InstrumentCreated;
import no.innomotor.instruments.InstrumentEvents.InstrumentDraftSaved;
import no.innomotor.instruments.InstrumentEvents.InstrumentPublished;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * An instrument of the catalogue: its working copy, which the owning actor's people and advisers edit, and the
 * number of its latest published version. Publishing copies the working copy into a new immutable
 * {@link InstrumentVersion}; the public sees only that. Every change checks the version the person edited, so two
 * people saving at once meet a conflict instead of one overwriting the other.
 */
@Entity
@Table(name = "instrument")
class Instrument extends AbstractAggregateRoot<Instrument> {

    @Id
    private UUID id;

    @Column(name = "owner_id", nullable = false)
    private UUID ownerId;

    @Column(name = "owner_name", nullable = false, length = 200)
    private String ownerName;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, columnDefinition = "text")
    private String content;

    @Column(name = "published_number")
    private @Nullable Integer publishedNumber;

    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "changed_by", nullable = false)
    private UUID changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    /** A wrapper, so a new instrument is persisted rather than merged. */
    @Version
    private @Nullable Long version;

    protected Instrument() {}

    Instrument(
            InstrumentId id,
            OrganisationId owner,
            String ownerName,
            InstrumentContent content,
            PersonId by,
            Instant now) {
        this.id = id.value();
        this.ownerId = owner.value();
        this.ownerName = ownerName;
        this.name = content.name();
        this.content = InstrumentJson.write(content);
        this.createdBy = by.value();
        this.createdAt = truncated(now);
        this.changedBy = by.value();
        this.changedAt = createdAt;
        registerEvent(new InstrumentCreated(by, owner, id, content.name()));
    }

    /** Saves the working copy from the version the person edited; a newer version refuses (409). */
    void saveDraft(InstrumentContent changed, long expectedVersion, PersonId by, Instant now) {
        checkVersion(expectedVersion);
        this.name = changed.name();
        this.content = InstrumentJson.write(changed);
        this.changedBy = by.value();
        this.changedAt = truncated(now);
        registerEvent(new InstrumentDraftSaved(by, owner(), id(), changed.name()));
    }

    /** Publishes the working copy as the next version; the caller stores the version row it returns. */
    InstrumentVersion publish(long expectedVersion, PersonId by, Instant now) {
        checkVersion(expectedVersion);
        int number = publishedNumber == null ? 1 : publishedNumber + 1;
        this.publishedNumber = number;
        this.changedAt = truncated(now);
        this.changedBy = by.value();
        InstrumentContent current = content();
        registerEvent(new InstrumentPublished(by, owner(), id(), current.name(), number));
        return new InstrumentVersion(id(), number, owner(), ownerName, current, content, by, truncated(now));
    }

    private void checkVersion(long expectedVersion) {
        if (expectedVersion != version()) {
            throw new InstrumentChangedConcurrently(id());
        }
    }

    InstrumentId id() {
        return new InstrumentId(id);
    }

    OrganisationId owner() {
        return new OrganisationId(ownerId);
    }

    String ownerName() {
        return ownerName;
    }

    String name() {
        return name;
    }

    InstrumentContent content() {
        return InstrumentJson.read(content);
    }

    /** The working copy as stored, to compare with a published version's. */
    String contentJson() {
        return content;
    }

    @Nullable
    Integer publishedNumber() {
        return publishedNumber;
    }

    boolean published() {
        return publishedNumber != null;
    }

    Instant changedAt() {
        return changedAt;
    }

    PersonId changedBy() {
        return new PersonId(changedBy);
    }

    long version() {
        return version == null ? 0 : version;
    }

    private static Instant truncated(Instant now) {
        return now.truncatedTo(ChronoUnit.MICROS);
    }
}
