package no.innomotor.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of the dialogue log; written once, never changed (see {@link DialogueLog}). */
@Entity
@Table(name = "dialogue_log_entry")
class LogEntry {

    static final int MAX_NAME = 200;

    @Id
    private UUID id;

    @Column(name = "announcement_id", nullable = false)
    private UUID announcementId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(name = "company_id")
    private @Nullable UUID companyId;

    @Column(name = "company_name", length = MAX_NAME)
    private @Nullable String companyName;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(name = "person_name", nullable = false, length = MAX_NAME)
    private String personName;

    @Column(columnDefinition = "text")
    private @Nullable String text;

    @Column(name = "reference_id")
    private @Nullable UUID referenceId;

    protected LogEntry() {}

    LogEntry(
            AnnouncementId announcement,
            Instant occurredAt,
            LogKind kind,
            @Nullable UUID companyId,
            @Nullable String companyName,
            UUID personId,
            String personName,
            @Nullable String text,
            @Nullable UUID referenceId) {
        this.id = UUID.randomUUID();
        this.announcementId = announcement.value();
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.kind = kind.code();
        this.companyId = companyId;
        this.companyName = cut(companyName);
        this.personId = personId;
        this.personName = personName.length() > MAX_NAME ? personName.substring(0, MAX_NAME) : personName;
        this.text = text;
        this.referenceId = referenceId;
    }

    private static @Nullable String cut(@Nullable String name) {
        return name == null || name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
    }

    LogLine line() {
        return new LogLine(
                occurredAt, LogKind.of(kind), companyId, companyName, personId, personName, text, referenceId);
    }
}
