package no.innomotor.followup;

import java.util.UUID;

/** An open plan as the overview reads it. */
record PlanRow(UUID planId, UUID companyId, UUID keeper) {}
