package no.innomotor.knowledge;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import no.innomotor.knowledge.CaseExceptions.CaseChangedConcurrently;
import no.innomotor.knowledge.CaseExceptions.CaseRuleBroken;
import no.innomotor.knowledge.CaseExceptions.SolutionNotFound;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.projects.ProjectDetails;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectStatus;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.RoadmapStep;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The solution catalogue's commands. A finished project's buyers (step 8, or completed) list its solution and keep its
 * description. Buyers of other organisations follow it or record that their organisation adopted it — once per
 * organisation, and never the originating organisation: nobody grants spread to itself.
 */
@Service
@Transactional
public class SolutionManagement {

    private final SolutionRepository solutions;
    private final SolutionAdoptionRepository adoptions;
    private final SolutionFollowerRepository followers;
    private final CaseManagement cases;
    private final OrganisationsManagement organisations;
    private final Clock clock;

    SolutionManagement(
            SolutionRepository solutions,
            SolutionAdoptionRepository adoptions,
            SolutionFollowerRepository followers,
            CaseManagement cases,
            OrganisationsManagement organisations,
            Clock clock) {
        this.solutions = solutions;
        this.adoptions = adoptions;
        this.followers = followers;
        this.cases = cases;
        this.organisations = organisations;
        this.clock = clock;
    }

    /**
     * Lists the project's solution, or changes its description ({@code expectedVersion} is the version the buyer
     * edited; ignored when the solution is new).
     */
    public SolutionId describe(ProjectId project, SolutionDetails details, long expectedVersion, CurrentUser user) {
        ProjectDetails owner = cases.keeper(project, user);
        return solutions
                .findByProjectId(project.value())
                .map(existing -> {
                    if (existing.version() != expectedVersion) {
                        throw new CaseChangedConcurrently(existing.solutionId());
                    }
                    existing.change(details, user.personId(), followersOf(existing), clock.instant());
                    return solutions.save(existing).solutionId();
                })
                .orElseGet(() -> {
                    if (!finished(owner)) {
                        throw new CaseRuleBroken("name", "solutions.list.notFinished");
                    }
                    Solution listed = new Solution(
                            project,
                            owner.organisation(),
                            owner.organisationName(),
                            details,
                            user.personId(),
                            clock.instant());
                    return solutions.save(listed).solutionId();
                });
    }

    /** A buyer follows the solution, to be told in the inbox when it changes or is adopted; following twice is once. */
    public void follow(SolutionId id, CurrentUser user) {
        Solution solution = find(id);
        OrganisationId organisation = buyerOrganisations(user).get(0);
        SolutionFollower.Key key =
                new SolutionFollower.Key(id.value(), user.personId().value());
        if (followers.existsById(key)) {
            return;
        }
        followers.save(new SolutionFollower(id, user.personId(), clock.instant()));
        solution.followedBy(user.personId(), organisation);
        solutions.save(solution);
    }

    public void unfollow(SolutionId id, CurrentUser user) {
        find(id);
        buyerOrganisations(user);
        followers.deleteById(
                new SolutionFollower.Key(id.value(), user.personId().value()));
    }

    /** Records that the buyer's organisation adopted the solution, on the given day (today or earlier). */
    public void adopt(
            SolutionId id, OrganisationId organisation, AdoptionKind kind, LocalDate adoptedOn, CurrentUser user) {
        Solution solution = find(id);
        buyerOrganisations(user);
        if (!user.hasRole(organisation, Role.BUYER)) {
            throw new CaseRuleBroken("organisation", "solutions.adopt.notBuyer");
        }
        if (organisation.equals(solution.organisation())) {
            throw new CaseRuleBroken("organisation", "solutions.adopt.own");
        }
        if (adoptions.existsBySolutionIdAndOrganisationId(id.value(), organisation.value())) {
            throw new CaseRuleBroken("organisation", "solutions.adopt.already");
        }
        if (adoptedOn.isAfter(NorwegianTime.today(clock))) {
            throw new CaseRuleBroken("adoptedOn", "solutions.adopt.future");
        }
        String name =
                organisations.find(organisation).map(OrganisationSummary::name).orElse("");
        SolutionAdoption adoption =
                adoptions.save(new SolutionAdoption(solution, organisation, name, kind, adoptedOn, clock.instant()));
        solution.adoptedBy(adoption, user.personId(), followersOf(solution));
        solutions.save(solution);
    }

    static boolean finished(ProjectDetails project) {
        return project.status() == ProjectStatus.COMPLETED || project.currentStep() == RoadmapStep.SPREAD_AND_SCALE_UP;
    }

    private Solution find(SolutionId id) {
        return solutions.findById(id.value()).orElseThrow(() -> new SolutionNotFound(id));
    }

    private List<PersonId> followersOf(Solution solution) {
        return followers.findByKeySolutionId(solution.solutionId().value()).stream()
                .map(SolutionFollower::person)
                .toList();
    }

    private static List<OrganisationId> buyerOrganisations(CurrentUser user) {
        List<OrganisationId> theirs = user.organisationsWithRole(Role.BUYER);
        if (theirs.isEmpty()) {
            throw new AccessDeniedException("Buyers follow and adopt solutions");
        }
        return theirs;
    }
}
