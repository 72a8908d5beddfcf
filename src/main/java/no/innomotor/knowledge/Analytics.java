package no.innomotor.knowledge;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in analytics: advisers and administrators see the figures of every project on the platform, drafts
 * included; a top leader sees those of the organisations they lead. Anyone else is refused.
 */
@Service
@Transactional(readOnly = true)
public class Analytics {

    private final OpenData projects;
    private final AdoptionCounts adoptions;

    Analytics(OpenData projects, AdoptionCounts adoptions) {
        this.projects = projects;
        this.adoptions = adoptions;
    }

    /** Whose projects the figures cover. */
    public enum Scope {
        PLATFORM,
        OWN_ORGANISATIONS
    }

    public record Figures(Scope scope, ProjectStatistics statistics, long adoptions) {}

    public Figures figures(CurrentUser user) {
        Scope scope = scope(user);
        Set<OrganisationId> own = Set.copyOf(user.organisationsWithRole(Role.TOP_LEADER));
        Predicate<OpenProject> shown =
                scope == Scope.PLATFORM ? project -> true : project -> own.contains(project.buyer());
        ProjectStatistics.Tally tally = new ProjectStatistics.Tally();
        Set<ProjectId> counted = new HashSet<>();
        projects.forEachProject(batch -> batch.stream().filter(shown).forEach(project -> {
            tally.add(project);
            counted.add(project.id());
        }));
        return new Figures(scope, tally.statistics(), adoptions(scope, counted));
    }

    /** Whether the person sees analytics at all. */
    public static boolean mayRead(CurrentUser user) {
        return user.isAdmin() || user.hasRoleAnywhere(Role.ADVISER) || user.hasRoleAnywhere(Role.TOP_LEADER);
    }

    private static Scope scope(CurrentUser user) {
        if (user.isAdmin() || user.hasRoleAnywhere(Role.ADVISER)) {
            return Scope.PLATFORM;
        }
        if (user.hasRoleAnywhere(Role.TOP_LEADER)) {
            return Scope.OWN_ORGANISATIONS;
        }
        throw new AccessDeniedException("Analytics are for advisers, administrators and top leaders");
    }

    /**
     * Adoptions of finished projects' solutions by other buyers: every adoption on the platform, or those of the
     * solutions from the projects counted (a top leader's own organisations').
     */
    private long adoptions(Scope scope, Set<ProjectId> counted) {
        if (scope == Scope.PLATFORM) {
            return adoptions.totalAdoptions();
        }
        return adoptions.adoptionsByOriginProject().entrySet().stream()
                .filter(entry -> counted.contains(entry.getKey()))
                .mapToLong(java.util.Map.Entry::getValue)
                .sum();
    }
}
