package no.innomotor.projects;

import java.util.List;
import no.innomotor.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** An organisation a buyer may create projects for, with the people who can join the team. */
public record OrganisationChoice(
        OrganisationId id, String name, @Nullable String nutsCode, List<TeamMember> members) {

    public OrganisationChoice {
        members = List.copyOf(members);
    }
}
