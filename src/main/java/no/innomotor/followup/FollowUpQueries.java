package no.innomotor.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.innomotor.dialogue.DialogueQueries;
import no.innomotor.notices.ContractWon;
import no.innomotor.notices.NoticesManagement;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrgNumber;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import no.innomotor.suppliers.SupplierFilter;
import no.innomotor.suppliers.SupplierListing;
import no.innomotor.suppliers.SupplierQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up module's reads: one plan as its reader may see it (opening it marks it read for a person of the
 * company), the company's own plans, and the advisers' overview. The overview reads the listed suppliers from the
 * directory's index, the open plans with their newest activity and open steps in three queries whatever the number
 * of suppliers, and the market dialogues and won contracts of the suppliers on the page in
 * one query each.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpQueries {

    public static final int PAGE_SIZE = 50;

    private final FollowUpPlanRepository plans;
    private final PlanReadRepository reads;
    private final FollowUpAccess access;
    private final SupplierQueries suppliers;
    private final DialogueQueries dialogues;
    private final OrganisationsManagement organisations;
    private final NoticesManagement notices;
    private final Clock clock;

    FollowUpQueries(
            FollowUpPlanRepository plans,
            PlanReadRepository reads,
            FollowUpAccess access,
            SupplierQueries suppliers,
            DialogueQueries dialogues,
            OrganisationsManagement organisations,
            NoticesManagement notices,
            Clock clock) {
        this.plans = plans;
        this.reads = reads;
        this.access = access;
        this.suppliers = suppliers;
        this.dialogues = dialogues;
        this.organisations = organisations;
        this.notices = notices;
        this.clock = clock;
    }

    /** The plan as the person may see it; not found for anyone but its keepers and the company's people. */
    @Transactional
    public PlanView plan(PlanId id, CurrentUser user) {
        FollowUpPlan plan = access.readable(id, user);
        boolean company = FollowUpAccess.ofCompany(user, plan.company());
        if (company) {
            markRead(plan, user.personId());
        }
        LocalDate today = NorwegianTime.today(clock);
        String keeper = organisations
                .findPerson(plan.keeper())
                .map(PersonSummary::displayName)
                .orElse("");
        return new PlanView(
                plan.id(),
                plan.company(),
                plan.companyName(),
                plan.status(),
                plan.goals(),
                plan.activities(),
                plan.steps(today),
                plan.outcomes(),
                plan.comments(),
                keeper,
                plan.changedAt(),
                plan.version(),
                FollowUpAccess.keeps(user, plan.company()),
                company);
    }

    /** The open plan of the first company the person is a supplier for, if it has one. */
    public Optional<PlanId> ownPlan(CurrentUser user) {
        List<OrganisationId> companies = user.organisationsWithRole(Role.SUPPLIER);
        if (companies.isEmpty()) {
            return Optional.empty();
        }
        return plans
                .findByCompanyIdInAndStatus(
                        companies.stream().map(OrganisationId::value).toList(), PlanStatus.OPEN)
                .stream()
                .filter(p -> p.company().equals(companies.get(0)))
                .map(FollowUpPlan::id)
                .findFirst()
                .or(() -> plans
                        .findByCompanyIdOrderByCreatedAtDesc(companies.get(0).value())
                        .stream()
                        .map(FollowUpPlan::id)
                        .findFirst());
    }

    /** The advisers' overview, one page of it; only advisers read it. */
    public Overview overview(OverviewFilter filter, int page, CurrentUser user) {
        if (!FollowUpAccess.adviser(user)) {
            throw new AccessDeniedException("The follow-up overview is for advisers");
        }
        List<OverviewRow> rows = rows(filter, user);
        int from = Math.max(0, Math.min(page, 10_000)) * PAGE_SIZE;
        List<OverviewRow> shown = from >= rows.size()
                ? List.of()
                : new ArrayList<>(rows.subList(from, Math.min(rows.size(), from + PAGE_SIZE)));
        List<OrganisationId> companies =
                shown.stream().map(OverviewRow::company).toList();
        Map<OrganisationId, Long> counts = dialogues.participationCounts(companies);
        Map<OrganisationId, OrgNumber> numbers = new HashMap<>();
        organisations.find(companies).forEach((id, org) -> numbers.put(id, org.orgNumber()));
        Map<OrgNumber, List<ContractWon>> won = notices.awardsByOrgNumber(numbers.values());
        shown.replaceAll(row -> row.withCounts(
                counts.getOrDefault(row.company(), 0L),
                Optional.ofNullable(numbers.get(row.company()))
                        .map(number -> won.getOrDefault(number, List.of()).size())
                        .orElse(0)));
        return new Overview(shown, rows.size(), from / PAGE_SIZE, PAGE_SIZE);
    }

    /** Every row the filter keeps, overdue next steps first, then the earliest due, then by name. */
    List<OverviewRow> rows(OverviewFilter filter, CurrentUser user) {
        LocalDate today = NorwegianTime.today(clock);
        List<SupplierListing> listed = suppliers.everyListed(
                new SupplierFilter(null, filter.region(), null, filter.newToPublicSector(), null), user);
        Map<UUID, PlanRow> planOf = new HashMap<>();
        plans.openPlans().forEach(row -> planOf.put(row.companyId(), row));
        Map<UUID, LocalDate> lastActivity = new HashMap<>();
        plans.lastActivities().forEach(row -> lastActivity.put(row.planId(), row.date()));
        Map<UUID, StepsRow> steps = new HashMap<>();
        plans.openSteps(today).forEach(row -> steps.put(row.planId(), row));
        LocalDate activeSince = filter.activeMonths() == null ? null : today.minusMonths(filter.activeMonths());
        List<OverviewRow> rows = new ArrayList<>();
        for (SupplierListing listing : listed) {
            PlanRow plan = planOf.get(listing.organisationId());
            if (filter.withPlan() != null && filter.withPlan() != (plan != null)) {
                continue;
            }
            @Nullable LocalDate last = plan == null ? null : lastActivity.get(plan.planId());
            if (activeSince != null && (last == null || last.isBefore(activeSince))) {
                continue;
            }
            StepsRow open = plan == null ? null : steps.get(plan.planId());
            if (filter.openSteps() && open == null) {
                continue;
            }
            rows.add(new OverviewRow(
                    new OrganisationId(listing.organisationId()),
                    listing.companyName(),
                    listing.regions(),
                    listing.newToPublicSector(),
                    Optional.ofNullable(plan).map(p -> new PlanId(p.planId())),
                    last,
                    open == null ? 0 : open.open(),
                    open == null ? 0 : open.overdue(),
                    open == null ? null : open.earliest(),
                    0,
                    0));
        }
        rows.sort(Comparator.comparing((OverviewRow row) -> row.overdueSteps() == 0)
                .thenComparing(OverviewRow::nextDue, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(OverviewRow::companyName, String.CASE_INSENSITIVE_ORDER));
        return rows;
    }

    /** The companies new to the public sector without an open plan: advisers' work waiting. */
    long newWithoutPlan(CurrentUser user) {
        return rows(new OverviewFilter(true, null, false, null, false), user).stream()
                .filter(row -> !FollowUpAccess.belongsTo(user, row.company()))
                .count();
    }

    private void markRead(FollowUpPlan plan, PersonId person) {
        var key = new PlanRead.Key(plan.id().value(), person.value());
        var now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        reads.findById(key)
                .ifPresentOrElse(
                        read -> read.readAgain(now),
                        () -> reads.save(new PlanRead(plan.id().value(), person.value(), now)));
    }
}
