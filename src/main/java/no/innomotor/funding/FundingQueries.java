package no.innomotor.funding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.innomotor.funding.FundingExceptions.EntryNotFound;
import no.innomotor.funding.FundingWarning.DoubleCoverage;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.projects.ProjectDetails;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectTeam;
import no.innomotor.projects.ProjectTeams;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.Money;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the funding module shows: a project's funding, an entry to edit, an actor's portfolio, the actors. */
@Service
@Transactional(readOnly = true)
public class FundingQueries {

    private final FundingEntryRepository entries;
    private final FundingBudgetRepository budgets;
    private final FundingAccess access;
    private final OrganisationsManagement organisations;
    private final ProjectTeams teams;

    FundingQueries(
            FundingEntryRepository entries,
            FundingBudgetRepository budgets,
            FundingAccess access,
            OrganisationsManagement organisations,
            ProjectTeams teams) {
        this.entries = entries;
        this.budgets = budgets;
        this.access = access;
        this.organisations = organisations;
        this.teams = teams;
    }

    // ---- a project ----

    public ProjectFunding project(ProjectId id, CurrentUser user) {
        ProjectDetails project = access.readable(id, user);
        boolean keeper = project.can().edit();
        List<FundingEntry> found = entries.findByProjectIdOrderByPeriodStartAscInstrumentNameAsc(id.value());
        Optional<FundingBudget> budget = budgets.findById(id.value());
        Money recorded = budget.map(FundingBudget::totalCost).orElse(null);
        Money total = recorded != null ? recorded : project.estimatedValue();
        return new ProjectFunding(
                project,
                found.stream().map(e -> EntryView.of(e, keeper)).toList(),
                byStatus(found),
                byActor(found),
                FundingWarnings.of(found.stream().map(FundingEntry::coverage).toList(), total),
                total,
                recorded,
                budget.map(FundingBudget::version).orElse(0L),
                keeper);
    }

    /**
     * A project's entries on the platform's behalf, for a reader without a person behind the question (the case
     * library), none editable; what to show of them, and to whom, is the reader's rule.
     */
    public List<EntryView> entriesOf(ProjectId id) {
        return entries.findByProjectIdOrderByPeriodStartAscInstrumentNameAsc(id.value()).stream()
                .map(e -> EntryView.of(e, false))
                .toList();
    }

    /** One recorded entry for its edit form: the project's keepers only. */
    public EntryView entry(ProjectId project, FundingEntryId id, CurrentUser user) {
        access.kept(project, user);
        FundingEntry entry =
                entries.findByIdAndProjectId(id.value(), project.value()).orElseThrow(() -> new EntryNotFound(id));
        if (entry.source() != FundingSource.RECORDED) {
            throw new FundingExceptions.EntryFromRiskRelief(id);
        }
        return EntryView.of(entry, true);
    }

    /** The instrument actors on the platform the team may pick, by name. */
    public List<OrganisationSummary> actorChoices() {
        return organisations.all().stream()
                .filter(o -> o.type() == OrganisationType.INSTRUMENT_ACTOR && o.approved())
                .sorted(Comparator.comparing(OrganisationSummary::name))
                .toList();
    }

    /** The warnings of the given projects, without asking who reads them: the front page's work items. */
    Map<UUID, List<FundingWarning>> warnings(List<FundingEntry> found, Map<UUID, Money> totals) {
        Map<UUID, List<FundingEntry>> byProject = found.stream()
                .collect(Collectors.groupingBy(e -> e.project().value(), LinkedHashMap::new, Collectors.toList()));
        Map<UUID, List<FundingWarning>> warnings = new LinkedHashMap<>();
        byProject.forEach((project, list) -> warnings.put(
                project,
                FundingWarnings.of(
                        list.stream().map(FundingEntry::coverage).toList(),
                        totals.getOrDefault(project, Money.ZERO_NOK))));
        return warnings;
    }

    @Nullable
    Money recordedTotal(ProjectId project) {
        return budgets.findById(project.value()).map(FundingBudget::totalCost).orElse(null);
    }

    // ---- an actor ----

    public Portfolio portfolio(OrganisationId actorId, CurrentUser user) {
        OrganisationSummary actor = access.actor(actorId, user);
        List<FundingEntry> own = entries.findByActorOrganisationId(actorId.value());
        Set<UUID> projectIds = own.stream().map(e -> e.project().value()).collect(Collectors.toSet());
        Map<UUID, List<FundingEntry>> everything = entries.findByProjectIdIn(projectIds).stream()
                .collect(Collectors.groupingBy(e -> e.project().value()));
        Map<OrganisationId, OrganisationSummary> owners = organisations.find(
                own.stream().map(FundingEntry::organisation).distinct().toList());

        List<Portfolio.Project> projects = new ArrayList<>();
        Map<String, CoFunding> coFunders = new LinkedHashMap<>();
        for (UUID projectId : projectIds) {
            List<FundingEntry> onProject = everything.getOrDefault(projectId, List.of());
            List<FundingEntry> mine =
                    onProject.stream().filter(e -> ofActor(e, actorId)).toList();
            Optional<ProjectTeam> team = teams.of(new ProjectId(projectId));
            if (team.isEmpty()) {
                continue;
            }
            OrganisationSummary owner = owners.get(team.get().organisation());
            Set<CostCategory> doubled = EnumSet.noneOf(CostCategory.class);
            for (FundingWarning warning : FundingWarnings.of(
                    onProject.stream().map(FundingEntry::coverage).toList(), Money.ZERO_NOK)) {
                if (warning instanceof DoubleCoverage overlap && involvesOwn(overlap, mine)) {
                    doubled.addAll(overlap.categories());
                }
            }
            projects.add(new Portfolio.Project(
                    team.get().project(),
                    team.get().title(),
                    owner == null ? "" : owner.name(),
                    mine.stream().map(FundingQueries::line).toList(),
                    sum(mine.stream().filter(e -> e.status() == FundingStatus.GRANTED)),
                    doubled.stream().sorted().toList()));
            // A co-funder counts where this actor is still engaged (applied for or granted) and the other granted.
            if (mine.stream().anyMatch(e -> e.status().active())) {
                onProject.stream()
                        .filter(e -> !ofActor(e, actorId) && e.status() == FundingStatus.GRANTED)
                        .collect(Collectors.groupingBy(
                                FundingQueries::actorKey, LinkedHashMap::new, Collectors.toList()))
                        .forEach((key, theirs) -> coFunders
                                .computeIfAbsent(
                                        key, k -> new CoFunding(theirs.get(0).actorName()))
                                .add(projectId, sum(theirs.stream())));
            }
        }
        projects.sort(Comparator.comparing(Portfolio.Project::title));
        return new Portfolio(
                actor.id(),
                actor.name(),
                projects,
                coFunders.values().stream()
                        .map(CoFunding::done)
                        .sorted(Comparator.comparing(Portfolio.CoFunder::sharedProjects)
                                .reversed()
                                .thenComparing(Portfolio.CoFunder::name))
                        .toList(),
                sum(own.stream().filter(e -> e.status() == FundingStatus.GRANTED)),
                sum(own.stream().filter(e -> e.status() == FundingStatus.APPLIED), true));
    }

    /** Every instrument actor on the platform with its projects and commitments: for advisers and administrators. */
    public List<ActorSummary> actors(CurrentUser user) {
        if (!FundingAccess.overseer(user)) {
            throw new AccessDeniedException("Advisers and administrators see every actor");
        }
        Map<UUID, List<FundingEntry>> byActor = entries.findByActorOrganisationIdIsNotNull().stream()
                .collect(Collectors.groupingBy(e -> e.actorOrganisation().value()));
        return actorChoices().stream()
                .map(actor -> {
                    List<FundingEntry> theirs = byActor.getOrDefault(actor.id().value(), List.of());
                    return new ActorSummary(
                            actor.id(),
                            actor.name(),
                            (int) theirs.stream()
                                    .map(e -> e.project().value())
                                    .distinct()
                                    .count(),
                            sum(theirs.stream().filter(e -> e.status() == FundingStatus.GRANTED)),
                            sum(theirs.stream().filter(e -> e.status() == FundingStatus.APPLIED), true));
                })
                .toList();
    }

    // ---- helpers ----

    private static boolean ofActor(FundingEntry entry, OrganisationId actor) {
        return actor.equals(entry.actorOrganisation());
    }

    private static boolean involvesOwn(DoubleCoverage overlap, List<FundingEntry> mine) {
        boolean first = mine.stream().anyMatch(e -> overlap.first().id().equals(e.id()));
        boolean second = mine.stream().anyMatch(e -> overlap.second().id().equals(e.id()));
        // Two of the actor's own instruments overlapping is the actor's own matter, and still a double coverage.
        return first || second;
    }

    /** An actor on the platform by its id; one off the platform by its name as typed, case aside. */
    private static String actorKey(FundingEntry entry) {
        OrganisationId org = entry.actorOrganisation();
        return org != null
                ? org.toString()
                : "name:" + entry.actorName().strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static Portfolio.Line line(FundingEntry entry) {
        Money granted = entry.amountGranted();
        return new Portfolio.Line(
                entry.instrumentName(),
                entry.source(),
                entry.status(),
                entry.amountApplied(),
                granted == null ? Money.ZERO_NOK : granted,
                entry.periodStart(),
                entry.periodEnd());
    }

    private static Money sum(java.util.stream.Stream<FundingEntry> found) {
        return sum(found, false);
    }

    /** The sum granted, or ({@code applied}) the sum applied for. */
    private static Money sum(java.util.stream.Stream<FundingEntry> found, boolean applied) {
        long kroner = found.mapToLong(e -> applied
                        ? e.amountApplied().kroner()
                        : (e.amountGranted() == null ? 0 : e.amountGranted().kroner()))
                .sum();
        return Money.nok(kroner);
    }

    private static List<ProjectFunding.StatusTotal> byStatus(List<FundingEntry> found) {
        List<ProjectFunding.StatusTotal> totals = new ArrayList<>();
        for (FundingStatus status : FundingStatus.values()) {
            List<FundingEntry> with =
                    found.stream().filter(e -> e.status() == status).toList();
            if (!with.isEmpty()) {
                totals.add(new ProjectFunding.StatusTotal(
                        status, with.size(), sum(with.stream(), true), sum(with.stream())));
            }
        }
        return totals;
    }

    private static List<ProjectFunding.ActorTotal> byActor(List<FundingEntry> found) {
        Map<String, List<FundingEntry>> grouped = found.stream()
                .collect(Collectors.groupingBy(FundingQueries::actorKey, LinkedHashMap::new, Collectors.toList()));
        return grouped.values().stream()
                .map(list -> new ProjectFunding.ActorTotal(
                        list.get(0).actorName(),
                        list.get(0).actorOrganisation(),
                        list.size(),
                        sum(list.stream().filter(e -> e.status().active()), true),
                        sum(list.stream().filter(e -> e.status() == FundingStatus.GRANTED))))
                .sorted(Comparator.comparing(ProjectFunding.ActorTotal::actorName))
                .toList();
    }

    /** A co-funder's projects shared with the actor and what it granted on them. */
    private static final class CoFunding {
        final String name;
        final Set<UUID> projects = new java.util.HashSet<>();
        long granted;

        CoFunding(String name) {
            this.name = name;
        }

        void add(UUID project, Money amount) {
            projects.add(project);
            granted += amount.kroner();
        }

        Portfolio.CoFunder done() {
            return new Portfolio.CoFunder(name, projects.size(), Money.nok(granted));
        }
    }
}
