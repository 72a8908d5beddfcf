package no.innomotor.riskrelief;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.innomotor.riskrelief.RiskReliefExceptions.ChangedConcurrently;
import no.innomotor.riskrelief.RiskReliefExceptions.Refused;
import no.innomotor.riskrelief.RiskReliefExceptions.WrongState;
import no.innomotor.riskrelief.RiskReliefFlowEvents.SchemeChanged;
import no.innomotor.riskrelief.RiskReliefFlowEvents.SchemeCreated;
import no.innomotor.riskrelief.RiskReliefFlowEvents.SchemePublished;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A risk-relief scheme an instrument actor owns: what it is for, who may apply, its criteria with weights, the cost
 * categories it covers and its deadline. A draft is changed freely by the owner; once published its criteria are
 * what applications are assessed against, so it is no longer changed. Budgets live in the {@link Ledger}.
 */
@Entity
@Table(name = "riskrelief_scheme")
class Scheme extends AbstractAggregateRoot<Scheme> {

    @Id
    private UUID id;

    @Column(name = "owner_id", nullable = false)
    private UUID ownerId;

    @Column(name = "owner_name", nullable = false, length = 200)
    private String ownerName;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, columnDefinition = "text")
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SchemeKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Audience audience;

    @Column(nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SchemeStatus status;

    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Version
    private @Nullable Long version;

    @ElementCollection
    @CollectionTable(name = "riskrelief_criterion", joinColumns = @JoinColumn(name = "scheme_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 50)
    private List<Criterion> criteria = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "riskrelief_scheme_category", joinColumns = @JoinColumn(name = "scheme_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "category", length = 30)
    @BatchSize(size = 50)
    private Set<CostCategory> categories = EnumSet.noneOf(CostCategory.class);

    protected Scheme() {}

    Scheme(SchemeId id, OrganisationId owner, String ownerName, SchemeInput input, PersonId by, Instant now) {
        this.id = id.value();
        this.ownerId = owner.value();
        this.ownerName = ownerName;
        this.status = SchemeStatus.DRAFT;
        this.createdBy = by.value();
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        set(input);
        registerEvent(new SchemeCreated(by, owner, id.toString(), name));
    }

    /** Checks what every scheme must have: criteria whose weights add up to 100, and at least one cost category. */
    static void check(SchemeInput input) {
        if (input.criteria().isEmpty()) {
            throw new Refused("riskrelief.error.criteriaRequired", "criteria", "A scheme has criteria");
        }
        int sum = input.criteria().stream()
                .mapToInt(SchemeInput.Criterion::weight)
                .sum();
        if (sum != 100) {
            throw new Refused("riskrelief.error.weights", "criteria", "Weights add up to " + sum, sum);
        }
        if (input.criteria().stream().anyMatch(c -> c.weight() <= 0)) {
            throw new Refused("riskrelief.error.weightPositive", "criteria", "A weight is above zero");
        }
        if (input.categories().isEmpty()) {
            throw new Refused("riskrelief.error.categoriesRequired", "categories", "A scheme covers categories");
        }
    }

    void change(SchemeInput input, long expectedVersion, PersonId by) {
        if (status != SchemeStatus.DRAFT) {
            throw new WrongState("riskrelief.error.schemePublished", "Scheme " + id + " is published");
        }
        if (expectedVersion != version()) {
            throw new ChangedConcurrently(id());
        }
        set(input);
        registerEvent(new SchemeChanged(by, owner(), id.toString(), name));
    }

    void publish(long expectedVersion, PersonId by, Instant now) {
        if (status != SchemeStatus.DRAFT) {
            throw new WrongState("riskrelief.error.schemePublished", "Scheme " + id + " is published");
        }
        if (expectedVersion != version()) {
            throw new ChangedConcurrently(id());
        }
        status = SchemeStatus.PUBLISHED;
        publishedAt = now.truncatedTo(ChronoUnit.MICROS);
        registerEvent(new SchemePublished(by, owner(), id.toString(), name, deadline));
    }

    void budgetAdded(int year, long amount, PersonId by) {
        registerEvent(new RiskReliefFlowEvents.BudgetAdded(by, owner(), id.toString(), name, year, amount));
    }

    private void set(SchemeInput input) {
        check(input);
        this.name = input.name().strip();
        this.description = input.description().strip();
        this.kind = input.kind();
        this.audience = input.audience();
        this.deadline = input.deadline();
        criteria.clear();
        for (SchemeInput.Criterion c : input.criteria()) {
            criteria.add(new Criterion(UUID.randomUUID(), c.name().strip(), c.weight()));
        }
        categories.clear();
        categories.addAll(input.categories());
    }

    // ---- reading ----

    SchemeId id() {
        return new SchemeId(id);
    }

    OrganisationId owner() {
        return new OrganisationId(ownerId);
    }

    String ownerName() {
        return ownerName;
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    SchemeKind kind() {
        return kind;
    }

    Audience audience() {
        return audience;
    }

    LocalDate deadline() {
        return deadline;
    }

    SchemeStatus status() {
        return status;
    }

    boolean published() {
        return status == SchemeStatus.PUBLISHED;
    }

    /** Open to new applications on {@code today}: published, and the deadline not passed. */
    boolean open(LocalDate today) {
        return published() && !today.isAfter(deadline);
    }

    List<Criterion> criteria() {
        return List.copyOf(criteria);
    }

    Set<CostCategory> categories() {
        return categories.isEmpty() ? Set.of() : EnumSet.copyOf(categories);
    }

    long version() {
        return version == null ? 0 : version;
    }

    Instant createdAt() {
        return createdAt;
    }
}
