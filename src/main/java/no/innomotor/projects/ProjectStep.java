package no.innomotor.projects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.RoadmapStep;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.OptimisticLock;
import org.jspecify.annotations.Nullable;

/**
 * One of a project's eight roadmap steps: its checklist, notes and due date, and when it was completed. Its version
 * guards the notes and the due date; checklist items carry their own.
 */
@Entity
@Table(name = "project_step")
class ProjectStep {

    static final int MAX_NOTES = 20_000;

    @Id
    private UUID id;

    @Column(name = "step_number", nullable = false)
    private int number;

    @Column(columnDefinition = "text")
    private @Nullable String notes;

    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;

    @Column(name = "completed_at")
    private @Nullable Instant completedAt;

    @Column(name = "completed_by")
    private @Nullable UUID completedBy;

    @Version
    private long version;

    /** The project page reads the checklists of all eight steps: one statement, not one per step. */
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @BatchSize(size = Project.BATCH)
    @JoinColumn(name = "step_id", nullable = false)
    @OrderBy("sortOrder")
    @OptimisticLock(excluded = true)
    private List<ChecklistItem> items = new ArrayList<>();

    protected ProjectStep() {}

    ProjectStep(RoadmapStep step) {
        this.id = UUID.randomUUID();
        this.number = step.number();
        int order = 0;
        for (Roadmap.Guidance guidance : Roadmap.guidance(step)) {
            items.add(ChecklistItem.guidance(guidance, ++order));
        }
    }

    RoadmapStep step() {
        return RoadmapStep.of(number);
    }

    int number() {
        return number;
    }

    boolean completed() {
        return completedAt != null;
    }

    List<ChecklistItem> items() {
        return List.copyOf(items);
    }

    List<ChecklistItem> openRequiredItems() {
        return items.stream().filter(item -> item.required() && !item.done()).toList();
    }

    Optional<ChecklistItem> item(ChecklistItemId id) {
        return items.stream().filter(item -> item.id().equals(id)).findFirst();
    }

    ChecklistItem addOwnItem(String text, PersonId by) {
        int next = items.stream().mapToInt(ChecklistItem::sortOrder).max().orElse(0) + 1;
        ChecklistItem item = ChecklistItem.own(text, next, by);
        items.add(item);
        return item;
    }

    void removeItem(ChecklistItem item) {
        items.remove(item);
    }

    /** Notes and due date change together, and only from the version the person saw. */
    void updateNotes(@Nullable String newNotes, @Nullable LocalDate newDueDate, long expectedVersion) {
        if (expectedVersion != version) {
            throw new StepChangedConcurrently(number, notes, dueDate, version);
        }
        String cleaned = newNotes == null || newNotes.isBlank() ? null : newNotes.strip();
        if (cleaned != null && cleaned.length() > MAX_NOTES) {
            throw new IllegalArgumentException("Step notes hold at most " + MAX_NOTES + " characters");
        }
        this.notes = cleaned;
        this.dueDate = newDueDate;
    }

    void complete(PersonId by, Instant now) {
        this.completedAt = now;
        this.completedBy = by.value();
    }

    @Nullable
    String notes() {
        return notes;
    }

    @Nullable
    LocalDate dueDate() {
        return dueDate;
    }

    @Nullable
    Instant completedAt() {
        return completedAt;
    }

    @Nullable
    PersonId completedBy() {
        return completedBy == null ? null : new PersonId(completedBy);
    }

    long version() {
        return version;
    }
}
