package no.innomotor.instruments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;

/** One published version of an instrument: written once, never changed; the public reads the latest. */
@Entity
@Table(name = "instrument_version")
class InstrumentVersion {

    @Id
    private UUID id;

    @Column(name = "instrument_id", nullable = false)
    private UUID instrumentId;

    @Column(nullable = false)
    private int number;

    @Column(name = "owner_id", nullable = false)
    private UUID ownerId;

    @Column(name = "owner_name", nullable = false, length = 200)
    private String ownerName;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InstrumentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Audience audience;

    @Column(nullable = false, columnDefinition = "text", updatable = false)
    private String content;

    @Column(name = "published_by", nullable = false)
    private UUID publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected InstrumentVersion() {}

    InstrumentVersion(
            InstrumentId instrument,
            int number,
            OrganisationId owner,
            String ownerName,
            InstrumentContent content,
            String contentJson,
            PersonId by,
            Instant at) {
        this.id = UUID.randomUUID();
        this.instrumentId = instrument.value();
        this.number = number;
        this.ownerId = owner.value();
        this.ownerName = ownerName;
        this.name = content.name();
        this.kind = content.kind();
        this.audience = content.audience();
        this.content = contentJson;
        this.publishedBy = by.value();
        this.publishedAt = at;
    }

    UUID id() {
        return id;
    }

    InstrumentId instrument() {
        return new InstrumentId(instrumentId);
    }

    int number() {
        return number;
    }

    String contentJson() {
        return content;
    }

    /** The version as every reader may see it. */
    PublishedInstrument view() {
        return new PublishedInstrument(
                instrument(),
                number,
                new OrganisationId(ownerId),
                ownerName,
                InstrumentJson.read(content),
                publishedAt);
    }
}
