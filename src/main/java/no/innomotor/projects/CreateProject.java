package no.innomotor.projects;

import java.util.List;
import java.util.Set;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.Money;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;

/**
 * What a buyer states to start a project. The service checks the CPV codes, the region and the team against the
 * reference data and the owning organisation.
 */
public record CreateProject(
        String title,
        String need,
        OrganisationId organisation,
        Money estimatedValue,
        List<CpvCode> cpvCodes,
        NutsCode nutsCode,
        ProcedureType procedure,
        Set<PersonId> team) {

    public CreateProject {
        cpvCodes = List.copyOf(cpvCodes);
        team = Set.copyOf(team);
    }

    /** The facts that can later be changed; the owning organisation cannot. */
    public ProjectFacts facts() {
        return new ProjectFacts(title, need, estimatedValue, cpvCodes, nutsCode, procedure, team);
    }
}
