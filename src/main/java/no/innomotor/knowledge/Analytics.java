package no.innomotor.knowledge;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
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

    Analytics(OpenData projects) {
        this.projects = projects;
    }

    /** Whose projects the figures cover. */
    public enum Scope {
        PLATFORM,
        OWN_ORGANISATIONS
    }

    public record Figures(Scope scope, ProjectStatistics statistics, Optional<Long> adoptions) {}

    public Figures figures(CurrentUser user) {
        Scope scope = scope(user);
        Set<OrganisationId> own = Set.copyOf(user.organisationsWithRole(Role.TOP_LEADER));
        Predicate<OpenProject> shown =
                scope == Scope.PLATFORM ? project -> true : project -> own.contains(project.buyer());
        ProjectStatistics.Tally tally = new ProjectStatistics.Tally();
        projects.forEachProject(batch -> batch.stream().filter(shown).forEach(tally::add));
        return new Figures(scope, tally.statistics(), adoptions(scope, own));
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
     * Adoptions of finished projects' solutions by other buyers: THE one place where the solution catalogue's counts
     * join the analytics once that part of the module is merged. Until then empty, and the page shows no figure
     * rather than a made-up one.
     */
    private Optional<Long> adoptions(Scope scope, Set<OrganisationId> own) {
        return Optional.empty();
    }
}
