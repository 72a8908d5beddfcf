package no.innomotor.followup;

import java.time.LocalDate;
import java.util.UUID;

/** An activity as the plan's readers see it. */
public record ActivityView(UUID id, ActivityKind kind, LocalDate heldOn, String description, String participants) {}
