package no.innomotor.funding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.innomotor.funding.FundingWarning.DoubleCoverage;
import no.innomotor.projects.ProjectDetails;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectTeam;
import no.innomotor.projects.ProjectTeams;
import no.innomotor.shared.DomainException;
import no.innomotor.shared.Money;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import no.innomotor.shared.work.PendingWork;
import no.innomotor.shared.work.WorkItem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funding module's share of the front page. For a buyer (the project's team): each project of theirs with an open
 * warning, how many. For an instrument actor: each application to it still waiting for a decision whose costs another
 * instrument covers in the same period — it should know before it decides, so that it does not pay for the same cost
 * twice. The actor learns the categories, not which other instrument (the portfolio's rule).
 */
@Component
class FundingPendingWork implements PendingWork {

    private final FundingEntryRepository entries;
    private final FundingQueries queries;
    private final FundingAccess access;
    private final ProjectTeams teams;

    FundingPendingWork(
            FundingEntryRepository entries, FundingQueries queries, FundingAccess access, ProjectTeams teams) {
        this.entries = entries;
        this.queries = queries;
        this.access = access;
        this.teams = teams;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> waitingFor(CurrentUser user) {
        List<WorkItem> items = new ArrayList<>();
        List<OrganisationId> buyerOrgs = user.organisationsWithRole(Role.BUYER);
        if (!buyerOrgs.isEmpty()) {
            List<FundingEntry> found = entries.findByProjectOrganisationIdIn(
                    buyerOrgs.stream().map(OrganisationId::value).toList());
            Map<UUID, Money> totals = new HashMap<>();
            Map<UUID, String> titles = new HashMap<>();
            for (UUID project :
                    found.stream().map(e -> e.project().value()).distinct().toList()) {
                teams.of(new ProjectId(project)).ifPresent(team -> titles.put(project, team.title()));
            }
            // The project's total cost matters only to a cap: the project is read (its estimated value) only then.
            found.stream()
                    .filter(e -> e.status().active() && e.maxCoFinancingPercent() != null)
                    .map(e -> e.project().value())
                    .distinct()
                    .forEach(project -> {
                        try {
                            ProjectDetails details = access.readable(new ProjectId(project), user);
                            Money recorded = queries.recordedTotal(details.id());
                            totals.put(project, recorded != null ? recorded : details.estimatedValue());
                        } catch (DomainException.NotFound gone) {
                            titles.remove(project);
                        }
                    });
            queries.warnings(
                            found.stream()
                                    .filter(e -> titles.containsKey(e.project().value()))
                                    .toList(),
                            totals)
                    .forEach((project, warnings) -> {
                        if (!warnings.isEmpty()) {
                            items.add(new WorkItem(
                                    "funding.work.warnings",
                                    List.of(warnings.size()),
                                    titles.get(project),
                                    null,
                                    "/projects/" + project + "/funding",
                                    null));
                        }
                    });
        }
        for (OrganisationId actor : user.organisationsWithRole(Role.INSTRUMENT_ACTOR)) {
            List<FundingEntry> own = entries.findByActorOrganisationId(actor.value()).stream()
                    .filter(e -> e.status() == FundingStatus.APPLIED)
                    .toList();
            if (own.isEmpty()) {
                continue;
            }
            List<FundingEntry> onProjects = entries.findByProjectIdIn(
                    own.stream().map(e -> e.project().value()).distinct().toList());
            queries.warnings(onProjects, Map.of()).forEach((project, warnings) -> {
                boolean waiting = warnings.stream()
                        .anyMatch(w -> w instanceof DoubleCoverage overlap
                                && own.stream().anyMatch(e -> overlap.involves(e.id())));
                Optional<ProjectTeam> team = teams.of(new ProjectId(project));
                if (waiting && team.isPresent()) {
                    items.add(new WorkItem(
                            "funding.work.actorOverlap",
                            List.of(),
                            team.get().title(),
                            null,
                            "/funding/actors/" + actor + "#project-" + project,
                            null));
                }
            });
        }
        return items;
    }
}
