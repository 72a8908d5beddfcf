package no.innomotor.projects;

import java.util.List;
import java.util.Set;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.Money;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.PersonId;

/** The facts of a project a buyer may change after creating it. */
public record ProjectFacts(
        String title,
        String need,
        Money estimatedValue,
        List<CpvCode> cpvCodes,
        NutsCode nutsCode,
        ProcedureType procedure,
        Set<PersonId> team) {

    public ProjectFacts {
        title = title.strip();
        need = need.strip();
        cpvCodes = List.copyOf(cpvCodes);
        team = Set.copyOf(team);
    }
}
