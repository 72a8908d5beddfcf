package no.innomotor.knowledge;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.innomotor.knowledge.CaseExceptions.SolutionNotFound;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the solution catalogue shows: every listed solution to anyone, with its adoptions by organisation. */
@Service
@Transactional(readOnly = true)
public class SolutionQueries {

    private final SolutionRepository solutions;
    private final SolutionAdoptionRepository adoptions;
    private final SolutionFollowerRepository followers;
    private final CaseStudyRepository cases;
    private final AdoptionCounts counts;
    private final OrganisationsManagement organisations;

    SolutionQueries(
            SolutionRepository solutions,
            SolutionAdoptionRepository adoptions,
            SolutionFollowerRepository followers,
            CaseStudyRepository cases,
            AdoptionCounts counts,
            OrganisationsManagement organisations) {
        this.solutions = solutions;
        this.adoptions = adoptions;
        this.followers = followers;
        this.cases = cases;
        this.counts = counts;
        this.organisations = organisations;
    }

    /** Every listed solution, newest first, with its adoptions counted. */
    public List<SolutionSummary> listed() {
        Map<SolutionId, Long> adopted = counts.adoptionsBySolution();
        return solutions.findAllByOrderByListedAtDesc().stream()
                .map(s -> new SolutionSummary(
                        s.solutionId(),
                        s.name(),
                        s.description(),
                        s.organisationName(),
                        s.listedAt(),
                        adopted.getOrDefault(s.solutionId(), 0L)))
                .toList();
    }

    /** One solution; {@code user} is null for anonymous readers. */
    public SolutionView solution(SolutionId id, @Nullable CurrentUser user) {
        return solutions.findById(id.value()).map(s -> view(s, user)).orElseThrow(() -> new SolutionNotFound(id));
    }

    SolutionView view(Solution s, @Nullable CurrentUser user) {
        UUID id = s.solutionId().value();
        List<SolutionAdoption> found = adoptions.findBySolutionIdOrderByAdoptedOnAsc(id);
        Optional<CaseId> published = cases.findByProjectId(s.project().value())
                .filter(CaseStudy::published)
                .map(CaseStudy::caseId);
        return new SolutionView(
                s.solutionId(),
                s.project(),
                s.organisation(),
                s.organisationName(),
                s.name(),
                s.description(),
                s.supplier(),
                s.contractForm(),
                s.listedAt(),
                s.changedAt(),
                s.version(),
                published,
                found.stream()
                        .map(a -> new SolutionView.Adoption(a.organisationName(), a.kind(), a.adoptedOn()))
                        .toList(),
                followers.countByKeySolutionId(id),
                reader(s, found, user));
    }

    private SolutionView.Reader reader(Solution s, List<SolutionAdoption> found, @Nullable CurrentUser user) {
        if (user == null) {
            return SolutionView.Reader.ANONYMOUS;
        }
        List<OrganisationId> buyerOf = user.organisationsWithRole(Role.BUYER);
        if (buyerOf.isEmpty()) {
            return SolutionView.Reader.ANONYMOUS;
        }
        Set<OrganisationId> adopted = new HashSet<>();
        found.forEach(a -> adopted.add(a.organisation()));
        Map<OrganisationId, OrganisationSummary> names = organisations.find(buyerOf);
        List<SolutionView.Choice> choices = buyerOf.stream()
                .filter(org -> !org.equals(s.organisation()) && !adopted.contains(org))
                .map(org -> new SolutionView.Choice(
                        org, names.containsKey(org) ? names.get(org).name() : org.toString()))
                .toList();
        boolean following = followers.existsById(
                new SolutionFollower.Key(s.solutionId().value(), user.personId().value()));
        return new SolutionView.Reader(true, following, choices, buyerOf.contains(s.organisation()));
    }
}
