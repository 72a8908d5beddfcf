package no.innomotor.benefits;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.innomotor.benefits.BenefitsExceptions.BenefitChangedConcurrently;
import no.innomotor.benefits.BenefitsExceptions.BenefitNotFound;
import no.innomotor.benefits.BenefitsExceptions.BenefitRejected;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A project's benefit realisation plan: its benefits (the benefit overview), how they lead to each other (the benefit
 * map), their measurements' latest values and the project's choice to show its benefits publicly. After every change
 * it raises {@link BenefitFiguresChanged} with the whole picture.
 */
@Entity
@Table(name = "benefit_plan")
class BenefitPlan extends AbstractAggregateRoot<BenefitPlan> {

    static final int MAX_BENEFITS = 40;

    @Id
    @Column(name = "project_id")
    private UUID projectId;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Column(name = "nuts_code", nullable = false, length = 9)
    private String nutsCode;

    @Column(length = 100)
    private @Nullable String sector;

    @Column(nullable = false)
    private boolean showcased;

    @Column(nullable = false, columnDefinition = "text")
    private String story;

    /** A roadmap step was completed since the plan was last saved: the team is asked to update it. */
    @Column(name = "update_requested", nullable = false)
    private boolean updateRequested;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Benefit> benefits = new ArrayList<>();

    @Version
    private @Nullable Long version;

    protected BenefitPlan() {}

    BenefitPlan(ProjectId project, OrganisationId organisation, Where where, Instant now) {
        this.projectId = project.value();
        this.organisationId = organisation.value();
        locate(where);
        this.story = "";
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        this.changedAt = createdAt;
    }

    /** Where the project is and which sector its organisation is in, as roll-ups group them. */
    record Where(String nutsCode, @Nullable String sector) {}

    /** The project's place and its organisation's sector as they stand now. */
    void locate(Where where) {
        this.nutsCode = where.nutsCode();
        this.sector = where.sector();
    }

    // ---- the team's commands ----

    BenefitId add(BenefitDetails details, String ownerName, PersonId by, Instant now) {
        if (benefits.size() >= MAX_BENEFITS) {
            throw new BenefitRejected("title", "benefits.form.tooMany");
        }
        BenefitId id = BenefitId.random();
        checkLinks(id, details.leadsTo());
        int position = benefits.stream().mapToInt(Benefit::position).max().orElse(0) + 1;
        benefits.add(new Benefit(this, id, position, details, ownerName));
        registerEvent(new BenefitEvents.BenefitAdded(by, organisation(), project(), id, details.title()));
        changed(now);
        return id;
    }

    void change(
            BenefitId id, BenefitDetails details, String ownerName, long expectedVersion, PersonId by, Instant now) {
        Benefit benefit = benefit(id);
        if (benefit.version() != expectedVersion) {
            throw new BenefitChangedConcurrently(id);
        }
        checkLinks(id, details.leadsTo());
        benefit.set(details, ownerName);
        registerEvent(new BenefitEvents.BenefitChanged(by, organisation(), project(), id, details.title()));
        changed(now);
    }

    /** A measurement of a benefit was recorded. */
    void measured(BenefitId id, BigDecimal value, LocalDate on, PersonId by, Instant now) {
        Benefit benefit = benefit(id);
        benefit.measured(value, on);
        registerEvent(new BenefitEvents.MeasurementRecorded(
                by, organisation(), project(), id, benefit.title(), value, benefit.unit(), on));
        changed(now);
    }

    /** Many measurements at once, as one change of the plan. */
    void measured(List<MeasurementCsv.Row> rows, PersonId by, Instant now) {
        rows.forEach(row -> benefit(row.benefit()).measured(row.value(), row.on()));
        registerEvent(new BenefitEvents.MeasurementsImported(by, organisation(), project(), rows.size()));
        changed(now);
    }

    void showcase(boolean show, String story, PersonId by, Instant now) {
        this.showcased = show;
        this.story = story.strip();
        registerEvent(new BenefitEvents.ShowcaseChosen(by, organisation(), project(), show));
        changed(now);
    }

    /** The team confirms the plan is current, without changing a benefit. */
    void confirm(PersonId by, Instant now) {
        registerEvent(new BenefitEvents.PlanConfirmed(by, organisation(), project()));
        changed(now);
    }

    /** A roadmap step was completed: the plan should be looked at again. True when this asks anew. */
    boolean requestUpdate() {
        if (updateRequested) {
            return false;
        }
        updateRequested = true;
        return true;
    }

    // ---- reading ----

    ProjectId project() {
        return new ProjectId(projectId);
    }

    OrganisationId organisation() {
        return new OrganisationId(organisationId);
    }

    boolean showcased() {
        return showcased;
    }

    String story() {
        return story;
    }

    boolean updateRequested() {
        return updateRequested;
    }

    Instant changedAt() {
        return changedAt;
    }

    List<Benefit> benefits() {
        return List.copyOf(benefits);
    }

    Benefit benefit(BenefitId id) {
        return find(id).orElseThrow(() -> new BenefitNotFound(id));
    }

    Optional<Benefit> find(BenefitId id) {
        return benefits.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    /** The benefit a measurement file names: by its id, or by its number in the overview. */
    Optional<BenefitId> measurable(String key) {
        Optional<Benefit> found = benefits.stream()
                .filter(b -> b.id().toString().equalsIgnoreCase(key)
                        || String.valueOf(b.position()).equals(key))
                .findFirst();
        return found.filter(b -> b.trajectory() != null).map(Benefit::id);
    }

    long version() {
        return version == null ? 0 : version;
    }

    BenefitFiguresChanged figures() {
        return new BenefitFiguresChanged(
                organisation(),
                project(),
                benefits.stream().map(Benefit::figure).toList(),
                showcased);
    }

    // ---- helpers ----

    private void changed(Instant now) {
        changedAt = now.truncatedTo(ChronoUnit.MICROS);
        updateRequested = false;
        registerEvent(figures());
    }

    /** A benefit leads only to other benefits of this plan, and the map has no circle. */
    private void checkLinks(BenefitId id, List<BenefitId> leadsTo) {
        Map<BenefitId, List<BenefitId>> links = new HashMap<>();
        benefits.forEach(b -> links.put(b.id(), b.leadsTo()));
        for (BenefitId to : leadsTo) {
            if (to.equals(id) || find(to).isEmpty()) {
                throw new BenefitRejected("leadsTo", "benefits.form.leadsTo.unknown");
            }
        }
        links.put(id, leadsTo);
        if (circular(links)) {
            throw new BenefitRejected("leadsTo", "benefits.form.leadsTo.circular");
        }
    }

    static boolean circular(Map<BenefitId, List<BenefitId>> links) {
        Set<BenefitId> done = new HashSet<>();
        for (BenefitId start : links.keySet()) {
            if (visits(start, links, new HashSet<>(), done)) {
                return true;
            }
        }
        return false;
    }

    private static boolean visits(
            BenefitId node, Map<BenefitId, List<BenefitId>> links, Set<BenefitId> path, Set<BenefitId> done) {
        if (done.contains(node)) {
            return false;
        }
        if (!path.add(node)) {
            return true;
        }
        for (BenefitId next : links.getOrDefault(node, List.of())) {
            if (visits(next, links, path, done)) {
                return true;
            }
        }
        path.remove(node);
        done.add(node);
        return false;
    }
}
