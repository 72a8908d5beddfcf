package no.innomotor.benefits;

import java.time.LocalDate;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;

/** A benefit's measurement is due: the platform reminds the benefit's owner (no change, not audited). */
public record MeasurementDue(
        OrganisationId organisation,
        ProjectId project,
        BenefitId benefit,
        String title,
        LocalDate due,
        PersonId owner) {}
