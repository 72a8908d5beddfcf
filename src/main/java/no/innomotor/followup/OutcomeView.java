package no.innomotor.followup;

import java.time.LocalDate;
import java.util.UUID;

/** An outcome as the plan's readers see it. */
public record OutcomeView(UUID id, String text, LocalDate reachedOn) {}
