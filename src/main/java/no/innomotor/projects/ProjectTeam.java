package no.innomotor.projects;

import java.util.List;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;

/** Who works on a project, for modules that tell them things: its title, owning organisation and team. */
public record ProjectTeam(ProjectId project, String title, OrganisationId organisation, List<PersonId> team) {

    public ProjectTeam {
        team = List.copyOf(team);
    }
}
