package no.innomotor.projects;

import java.time.LocalDate;
import java.util.UUID;

/** An active project whose current step is due soon or overdue: what the front page lists. */
record StepDueSoon(UUID project, String title, UUID organisation, int step, LocalDate due) {}
