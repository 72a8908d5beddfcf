package no.innomotor.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.innomotor.funding.FundingEvents.EntryChanged;
import no.innomotor.funding.FundingEvents.EntryRecorded;
import no.innomotor.funding.FundingExceptions.ChangedConcurrently;
import no.innomotor.funding.FundingExceptions.EntryFromRiskRelief;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.Money;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One instrument a project applied for or was granted. A recorded entry changes only through the team's commands, from
 * the version they saw; an entry from risk relief changes only through the application's events (applied, decided,
 * withdrawn), and each event sets the state it describes, so an event delivered twice leaves the entry as it was.
 */
@Entity
@Table(name = "funding_entry")
class FundingEntry extends AbstractAggregateRoot<FundingEntry> {

    @Id
    private UUID id;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    /** The organisation that owns the project: its buyers keep the entries. */
    @Column(name = "project_organisation_id", nullable = false)
    private UUID projectOrganisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private FundingSource source;

    @Column(name = "application_id", length = 64)
    private @Nullable String applicationId;

    @Column(name = "instrument_name", nullable = false, length = 300)
    private String instrumentName;

    @Column(name = "instrument_id", length = 64)
    private @Nullable String instrumentId;

    @Column(name = "actor_organisation_id")
    private @Nullable UUID actorOrganisationId;

    /** The actor's name as shown: the organisation's name when recorded, or the name the team typed. */
    @Column(name = "actor_name", nullable = false, length = 300)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FundingStatus status;

    @Column(name = "amount_applied", nullable = false)
    private long amountApplied;

    @Column(name = "amount_granted")
    private @Nullable Long amountGranted;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "cost_categories", nullable = false, length = 300)
    private String costCategories;

    @Column(name = "max_cofinancing_percent")
    private @Nullable Integer maxCoFinancingPercent;

    @Column(nullable = false, columnDefinition = "text")
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private @Nullable Long version;

    protected FundingEntry() {}

    /** An entry the team records, for an instrument outside the platform. */
    static FundingEntry recorded(
            ProjectId project, OrganisationId owner, EntryDetails details, String actorName, PersonId by, Instant now) {
        FundingEntry entry = new FundingEntry(project, owner, FundingSource.RECORDED, now);
        entry.set(details, actorName);
        entry.registerEvent(new EntryRecorded(by, owner, entry.id(), project, entry.instrumentName, entry.actorName));
        return entry;
    }

    /** An entry that follows a risk-relief application on the platform. */
    static FundingEntry fromApplication(
            ProjectId project,
            OrganisationId owner,
            String applicationId,
            String schemeId,
            String schemeName,
            OrganisationId schemeOwner,
            String schemeOwnerName,
            Instant now) {
        FundingEntry entry = new FundingEntry(project, owner, FundingSource.RISK_RELIEF, now);
        entry.applicationId = applicationId;
        entry.instrumentId = schemeId;
        entry.instrumentName = schemeName;
        entry.actorOrganisationId = schemeOwner.value();
        entry.actorName = schemeOwnerName;
        entry.status = FundingStatus.APPLIED;
        entry.amountApplied = 0;
        entry.periodStart = LocalDate.EPOCH;
        entry.periodEnd = LocalDate.EPOCH;
        entry.costCategories = "";
        entry.note = "";
        return entry;
    }

    private FundingEntry(ProjectId project, OrganisationId owner, FundingSource source, Instant now) {
        this.id = UUID.randomUUID();
        this.projectId = project.value();
        this.projectOrganisationId = owner.value();
        this.source = source;
        this.createdAt = truncated(now);
        this.changedAt = createdAt;
    }

    // ---- the team's commands on a recorded entry ----

    void change(EntryDetails details, String actorName, long expectedVersion, PersonId by, Instant now) {
        recordedOnly();
        current(expectedVersion);
        set(details, actorName);
        changedAt = truncated(now);
        registerEvent(new EntryChanged(by, organisation(), id(), project(), instrumentName, actorName));
    }

    /** Checks that the entry may be removed from the version the person saw. */
    void checkRemovable(long expectedVersion) {
        recordedOnly();
        current(expectedVersion);
    }

    // ---- what risk relief's events say ----

    /** Submitted: applied for this amount, period and costs. A decided application stays decided. */
    void submitted(Money requested, LocalDate start, LocalDate end, Set<CostCategory> categories, Instant now) {
        amountApplied = requested.kroner();
        if (status == FundingStatus.GRANTED || status == FundingStatus.REJECTED) {
            return;
        }
        status = FundingStatus.APPLIED;
        period(start, end);
        costCategories = encode(categories);
        changedAt = truncated(now);
    }

    /** Decided: granted (in whole or in part) or rejected, for the period and costs the decision names. */
    void decided(
            boolean granted, Money amount, LocalDate start, LocalDate end, Set<CostCategory> categories, Instant now) {
        status = granted ? FundingStatus.GRANTED : FundingStatus.REJECTED;
        amountGranted = granted ? amount.kroner() : 0L;
        if (amountApplied == 0 && granted) {
            // The decision arrived first: what was granted is the least that was asked for.
            amountApplied = amount.kroner();
        }
        period(start, end);
        costCategories = encode(categories);
        changedAt = truncated(now);
    }

    /** Withdrawn before a decision; after one, the decision stands. */
    void withdrawn(Instant now) {
        if (status == FundingStatus.APPLIED) {
            status = FundingStatus.WITHDRAWN;
            changedAt = truncated(now);
        }
    }

    // ---- reading ----

    FundingEntryId id() {
        return new FundingEntryId(id);
    }

    ProjectId project() {
        return new ProjectId(projectId);
    }

    OrganisationId organisation() {
        return new OrganisationId(projectOrganisationId);
    }

    FundingSource source() {
        return source;
    }

    @Nullable
    String applicationId() {
        return applicationId;
    }

    String instrumentName() {
        return instrumentName;
    }

    @Nullable
    String instrumentId() {
        return instrumentId;
    }

    @Nullable
    OrganisationId actorOrganisation() {
        return actorOrganisationId == null ? null : new OrganisationId(actorOrganisationId);
    }

    String actorName() {
        return actorName;
    }

    FundingStatus status() {
        return status;
    }

    Money amountApplied() {
        return Money.nok(amountApplied);
    }

    @Nullable
    Money amountGranted() {
        return amountGranted == null ? null : Money.nok(amountGranted);
    }

    LocalDate periodStart() {
        return periodStart;
    }

    LocalDate periodEnd() {
        return periodEnd;
    }

    Set<CostCategory> costCategories() {
        return decode(costCategories);
    }

    @Nullable
    Integer maxCoFinancingPercent() {
        return maxCoFinancingPercent;
    }

    String note() {
        return note;
    }

    Instant changedAt() {
        return changedAt;
    }

    long version() {
        return version == null ? 0 : version;
    }

    /** The entry as the warnings read it. */
    Coverage coverage() {
        return new Coverage(
                id(),
                instrumentName,
                actorName,
                status,
                amountGranted(),
                periodStart,
                periodEnd,
                costCategories(),
                maxCoFinancingPercent);
    }

    // ---- helpers ----

    private void set(EntryDetails details, String actorName) {
        this.instrumentName = details.instrumentName();
        this.instrumentId = details.instrumentId();
        this.actorOrganisationId = details.actorOrganisation() == null
                ? null
                : details.actorOrganisation().value();
        this.actorName = actorName;
        this.status = details.status();
        this.amountApplied = details.amountApplied().kroner();
        this.amountGranted =
                details.amountGranted() == null ? null : details.amountGranted().kroner();
        period(details.periodStart(), details.periodEnd());
        this.costCategories = encode(details.costCategories());
        this.maxCoFinancingPercent = details.maxCoFinancingPercent();
        this.note = details.note();
    }

    private void period(LocalDate start, LocalDate end) {
        this.periodStart = start;
        this.periodEnd = end.isBefore(start) ? start : end;
    }

    private void recordedOnly() {
        if (source != FundingSource.RECORDED) {
            throw new EntryFromRiskRelief(id());
        }
    }

    private void current(long expectedVersion) {
        if (expectedVersion != version()) {
            throw new ChangedConcurrently(id());
        }
    }

    static String encode(Set<CostCategory> categories) {
        return categories.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<CostCategory> decode(String stored) {
        if (stored.isBlank()) {
            return Set.of();
        }
        EnumSet<CostCategory> categories = EnumSet.noneOf(CostCategory.class);
        Arrays.stream(stored.split(","))
                .map(String::strip)
                .map(CostCategory::valueOf)
                .forEach(categories::add);
        return categories;
    }

    private static Instant truncated(Instant now) {
        return now.truncatedTo(ChronoUnit.MICROS);
    }
}
