package no.innomotor.projects.web;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What is saved now, shown beside what the person typed when someone else saved the step first. */
public record NotesConflict(
        @Nullable String notes, @Nullable LocalDate dueDate) {}
