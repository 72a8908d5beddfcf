package no.innomotor.projects;

import java.util.List;
import java.util.Set;
import no.innomotor.shared.PersonId;

/** The facts of a project a buyer may change after creating it. */
public record ProjectFacts(
        String title,
        String need,
        NokAmount estimatedValue,
        List<String> cpvCodes,
        String nutsCode,
        ProcedureType procedure,
        Set<PersonId> team) {

    public ProjectFacts {
        title = title.strip();
        need = need.strip();
        cpvCodes = List.copyOf(cpvCodes);
        team = Set.copyOf(team);
    }
}
