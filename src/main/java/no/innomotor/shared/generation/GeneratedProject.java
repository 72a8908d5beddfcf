package no.innomotor.shared.generation;

import java.time.Instant;
import java.util.UUID;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;

/**
 * A project of a generated dataset, as later contributors see it (risk-relief applications, funding entries).
 *
 * @param id the project's id (the projects module's ProjectId value)
 * @param value the estimated value in whole kroner
 * @param step the roadmap step it stands at (1–8)
 * @param active whether it is under way (neither completed, paused nor stopped)
 */
public record GeneratedProject(
        UUID id,
        String title,
        String need,
        OrganisationId organisation,
        String organisationName,
        PersonId createdBy,
        long value,
        int step,
        boolean active,
        Instant createdAt) {}
