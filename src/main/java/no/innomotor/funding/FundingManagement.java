package no.innomotor.funding;

import java.time.Clock;
import no.innomotor.funding.FundingEvents.EntryRemoved;
import no.innomotor.funding.FundingExceptions.ChangedConcurrently;
import no.innomotor.funding.FundingExceptions.EntryNotFound;
import no.innomotor.funding.FundingExceptions.EntryRejected;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.projects.ProjectDetails;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.Money;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's commands on its project's funding: record, change and remove an entry for an instrument outside the
 * platform, and set the total cost the co-financing caps are read against. Every command checks first that the person
 * keeps the project's funding ({@link FundingAccess}); a change from an older version is refused (409), nothing
 * overwritten.
 */
@Service
@Transactional
public class FundingManagement {

    static final int MAX_PERCENT = 100;

    private final FundingEntryRepository entries;
    private final FundingBudgetRepository budgets;
    private final FundingAccess access;
    private final OrganisationsManagement organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FundingManagement(
            FundingEntryRepository entries,
            FundingBudgetRepository budgets,
            FundingAccess access,
            OrganisationsManagement organisations,
            ApplicationEventPublisher events,
            Clock clock) {
        this.entries = entries;
        this.budgets = budgets;
        this.access = access;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    /** Refuses anyone who may not keep the project's funding: 404 outside the project, 403 for its other readers. */
    @Transactional(readOnly = true)
    public void authoriseKeeper(ProjectId project, CurrentUser user) {
        access.kept(project, user);
    }

    public FundingEntryId record(ProjectId projectId, EntryDetails details, CurrentUser user) {
        ProjectDetails project = access.kept(projectId, user);
        String actorName = check(details);
        FundingEntry entry = FundingEntry.recorded(
                projectId, project.organisation(), details, actorName, user.personId(), clock.instant());
        return entries.saveAndFlush(entry).id();
    }

    public void change(
            ProjectId projectId, FundingEntryId id, EntryDetails details, long expectedVersion, CurrentUser user) {
        access.kept(projectId, user);
        FundingEntry entry = find(projectId, id);
        String actorName = check(details);
        entry.change(details, actorName, expectedVersion, user.personId(), clock.instant());
        try {
            entries.saveAndFlush(entry);
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new ChangedConcurrently(id);
        }
    }

    public void remove(ProjectId projectId, FundingEntryId id, long expectedVersion, CurrentUser user) {
        access.kept(projectId, user);
        FundingEntry entry = find(projectId, id);
        entry.checkRemovable(expectedVersion);
        try {
            entries.delete(entry);
            entries.flush();
        } catch (ObjectOptimisticLockingFailureException raced) {
            throw new ChangedConcurrently(id);
        }
        events.publishEvent(new EntryRemoved(
                user.personId(), entry.organisation(), id, projectId, entry.instrumentName(), entry.actorName()));
    }

    /** The total cost for funding purposes; null goes back to the project's estimated value. */
    public void setTotalCost(ProjectId projectId, @Nullable Money total, long expectedVersion, CurrentUser user) {
        access.kept(projectId, user);
        FundingBudget budget =
                budgets.findById(projectId.value()).orElseGet(() -> new FundingBudget(projectId, clock.instant()));
        budget.set(total, expectedVersion, clock.instant());
        try {
            budgets.saveAndFlush(budget);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException raced) {
            throw new ChangedConcurrently(projectId);
        }
    }

    private FundingEntry find(ProjectId project, FundingEntryId id) {
        return entries.findByIdAndProjectId(id.value(), project.value()).orElseThrow(() -> new EntryNotFound(id));
    }

    /** The rules a form cannot check alone; answers the actor's name as the entry shows it. */
    private String check(EntryDetails details) {
        if (details.periodEnd().isBefore(details.periodStart())) {
            throw new EntryRejected("periodEnd", "funding.form.periodEnd.beforeStart");
        }
        Integer cap = details.maxCoFinancingPercent();
        if (cap != null && (cap < 1 || cap > MAX_PERCENT)) {
            throw new EntryRejected("maxCoFinancingPercent", "funding.form.cap.range");
        }
        if (details.costCategories().isEmpty()) {
            throw new EntryRejected("costCategories", "funding.form.categories.required");
        }
        if (details.status() == FundingStatus.GRANTED && details.amountGranted() == null) {
            throw new EntryRejected("amountGranted", "funding.form.granted.required");
        }
        if (details.actorOrganisation() != null) {
            return organisations
                    .find(details.actorOrganisation())
                    .filter(o -> o.type() == OrganisationType.INSTRUMENT_ACTOR && o.approved())
                    .map(OrganisationSummary::name)
                    .orElseThrow(() -> new EntryRejected("actorOrganisation", "funding.form.actor.unknown"));
        }
        if (details.actorName() == null) {
            throw new EntryRejected("actorName", "funding.form.actor.required");
        }
        return details.actorName();
    }
}
