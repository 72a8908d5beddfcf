package no.innomotor.projects;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.innomotor.notices.CpvCatalogue;
import no.innomotor.notices.NutsCatalogue;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.springframework.stereotype.Component;

/**
 * Checks what a person states about a project against the reference data and the owning organisation: CPV codes
 * in CPV 2008, the region in NUTS, team members among the organisation's people, the organisation itself approved
 * and the person a buyer there. A refusal names the field.
 */
@Component
class ProjectReferenceChecks {

    private final OrganisationsManagement organisations;
    private final CpvCatalogue cpv;
    private final NutsCatalogue nuts;

    ProjectReferenceChecks(OrganisationsManagement organisations, CpvCatalogue cpv, NutsCatalogue nuts) {
        this.organisations = organisations;
        this.cpv = cpv;
        this.nuts = nuts;
    }

    /** The approved organisation the command names, where the person is a buyer. */
    OrganisationSummary ownerForNewProject(OrganisationId organisation, CurrentUser user) {
        return organisations
                .find(organisation)
                .filter(OrganisationSummary::approved)
                .filter(org -> user.hasRole(org.id(), Role.BUYER))
                .orElseThrow(() -> new ProjectInputRejected(
                        "organisationId", "projects.error.notBuyer", "Not a buyer in organisation " + organisation));
    }

    /** The facts with each CPV code once; refuses unknown codes, an unknown region and a team from elsewhere. */
    ProjectFacts checked(ProjectFacts facts, OrganisationId owner) {
        Set<CpvCode> codes = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (CpvCode code : facts.cpvCodes()) {
            if (cpv.isKnown(code.value())) {
                codes.add(code);
            } else {
                unknown.add(code.value());
            }
        }
        if (!unknown.isEmpty()) {
            throw ProjectCodes.unknownCpv(unknown);
        }
        if (codes.isEmpty()) {
            throw new ProjectInputRejected("cpvCodes", "projects.error.cpvMissing", "No CPV code");
        }
        if (codes.size() > Project.MAX_CPV) {
            throw new ProjectInputRejected(
                    "cpvCodes", "projects.error.cpvTooMany", "Too many CPV codes", Project.MAX_CPV);
        }
        if (!nuts.isKnown(facts.nutsCode().value())) {
            throw ProjectCodes.unknownNuts(facts.nutsCode().value());
        }
        Set<PersonId> members = new LinkedHashSet<>();
        members(owner).forEach(member -> members.add(member.id()));
        if (!members.containsAll(facts.team())) {
            throw new ProjectInputRejected(
                    "teamMembers", "projects.error.teamNotMember", "Team member outside organisation " + owner);
        }
        return new ProjectFacts(
                facts.title(),
                facts.need(),
                facts.estimatedValue(),
                List.copyOf(codes),
                facts.nutsCode(),
                facts.procedure(),
                facts.team());
    }

    /** A region the notice data names, when it names one, must be in NUTS. */
    void requireRegion(String field, String code) {
        if (!nuts.isKnown(code)) {
            throw new ProjectInputRejected(field, "projects.notice.nuts.unknown", "Unknown NUTS " + code);
        }
    }

    /** The people who may be on a team of the organisation: everyone with a role there, by name. */
    List<TeamMember> members(OrganisationId organisation) {
        Map<PersonId, TeamMember> members = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            for (PersonSummary person : organisations.peopleWithRole(organisation, role)) {
                members.putIfAbsent(person.id(), new TeamMember(person.id(), person.displayName()));
            }
        }
        return members.values().stream()
                .sorted(Comparator.comparing(TeamMember::name))
                .toList();
    }
}
