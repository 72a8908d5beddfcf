package no.innomotor.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * One point on a step's checklist: either seeded guidance (text from the bundles, by key) or a point the team
 * added themselves (own text, never required).
 */
@Entity
@Table(name = "project_checklist_item")
class ChecklistItem {

    static final int MAX_TEXT = 500;

    @Id
    private UUID id;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "guidance_key", length = 100)
    private @Nullable String guidanceKey;

    @Column(name = "item_text", length = MAX_TEXT)
    private @Nullable String text;

    @Column(name = "is_required", nullable = false)
    private boolean required;

    @Column(nullable = false)
    private boolean done;

    @Column(name = "done_by")
    private @Nullable UUID doneBy;

    @Column(name = "done_at")
    private @Nullable Instant doneAt;

    @Column(name = "added_by")
    private @Nullable UUID addedBy;

    @Version
    private long version;

    protected ChecklistItem() {}

    private ChecklistItem(
            int sortOrder,
            @Nullable String guidanceKey,
            @Nullable String text,
            boolean required,
            @Nullable PersonId addedBy) {
        this.id = UUID.randomUUID();
        this.sortOrder = sortOrder;
        this.guidanceKey = guidanceKey;
        this.text = text;
        this.required = required;
        this.addedBy = addedBy == null ? null : addedBy.value();
    }

    static ChecklistItem guidance(Roadmap.Guidance guidance, int sortOrder) {
        return new ChecklistItem(sortOrder, guidance.key(), null, guidance.required(), null);
    }

    static ChecklistItem own(String text, int sortOrder, PersonId addedBy) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_TEXT) {
            throw new IllegalArgumentException("An own checklist item has 1 to " + MAX_TEXT + " characters");
        }
        return new ChecklistItem(sortOrder, null, trimmed, false, addedBy);
    }

    void check(PersonId by, Instant now) {
        done = true;
        doneBy = by.value();
        doneAt = now;
    }

    void uncheck() {
        done = false;
        doneBy = null;
        doneAt = null;
    }

    ChecklistItemId id() {
        return new ChecklistItemId(id);
    }

    int sortOrder() {
        return sortOrder;
    }

    @Nullable
    String guidanceKey() {
        return guidanceKey;
    }

    @Nullable
    String text() {
        return text;
    }

    /** Guidance key or own text: what an audit record names the item by. */
    String label() {
        return text != null ? text : String.valueOf(guidanceKey);
    }

    boolean required() {
        return required;
    }

    boolean done() {
        return done;
    }

    boolean own() {
        return guidanceKey == null;
    }

    @Nullable
    PersonId doneBy() {
        return doneBy == null ? null : new PersonId(doneBy);
    }

    @Nullable
    Instant doneAt() {
        return doneAt;
    }
}
