package no.innomotor.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.innomotor.benefits.BenefitsExceptions.BenefitChangedConcurrently;
import no.innomotor.benefits.BenefitsExceptions.BenefitRejected;
import no.innomotor.benefits.BenefitsExceptions.MeasurementsRefused;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.Money;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A project's benefit plan through the service: the team adds benefits owned by people of its organisation, records
 * measurements one by one or from a file (all or nothing), and every change publishes the whole picture of the plan.
 */
@InnomotorTest
@RecordApplicationEvents
class BenefitPlansTests {

    @Autowired
    BenefitsManagement benefits;

    @Autowired
    BenefitQueries queries;

    @Autowired
    ProjectFixtures projects;

    @Autowired
    ApplicationEvents events;

    @Autowired
    no.innomotor.audit.AuditManagement audit;

    ProjectFixtures.Org org;
    ProjectId project;

    @BeforeEach
    void world() {
        org = projects.municipality("Gevinstvik kommune");
        project = projects.project(org, "Digitalt tilsyn i Gevinstvik");
    }

    private List<BenefitFiguresChanged> figures() {
        return events.stream(BenefitFiguresChanged.class)
                .filter(e -> e.project().equals(project))
                .toList();
    }

    private BenefitView only(BenefitId id) {
        return queries.plan(project, org.buyer().user()).benefit(id).orElseThrow();
    }

    @Test
    void everyChangePublishesTheWholePictureWithStatusAndRealisedKroner() {
        BenefitId spending = benefits.add(
                project,
                BenefitFixtures.efficiency("Lavere kjørekostnader", org.buyer().id()),
                org.buyer().user());
        BenefitId waiting = benefits.add(
                project,
                BenefitFixtures.waiting("Kortere ventetid", org.buyer().id(), List.of(spending)),
                org.buyer().user());
        assertThat(figures()).hasSize(2);
        assertThat(figures().get(1).benefits()).hasSize(2);
        assertThat(figures().get(1).organisation()).isEqualTo(org.id());
        assertThat(figures().get(1).measured()).isFalse();

        // Halfway through 2026 spending should be about 700 000; 710 000 is on track and realises 290 000 of 600 000.
        benefits.record(
                project,
                spending,
                new BigDecimal("710000"),
                LocalDate.of(2026, 7, 2),
                "Halvår",
                org.buyer().user());
        // Waiting should be about 40 minutes; 49 is at risk.
        benefits.record(
                project,
                waiting,
                new BigDecimal("49"),
                LocalDate.of(2026, 7, 2),
                "",
                org.buyer().user());

        BenefitFiguresChanged last = figures().get(figures().size() - 1);
        assertThat(last.measured()).isTrue();
        assertThat(last.showcased()).isFalse();
        BenefitFiguresChanged.Figure money = last.benefits().get(0);
        assertThat(money.benefit()).isEqualTo(spending.toString());
        assertThat(money.status()).isEqualTo(TrajectoryStatus.ON_TRACK);
        assertThat(money.plannedNok()).isEqualTo(Money.nok(600_000));
        assertThat(money.realisedNok()).isEqualTo(Money.nok(290_000));
        assertThat(money.latest()).isEqualByComparingTo("710000");
        assertThat(money.latestOn()).isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(last.benefits().get(1).status()).isEqualTo(TrajectoryStatus.AT_RISK);
        assertThat(last.benefits().get(1).realisedNok()).isNull();

        assertThat(only(spending).nextDue()).isEqualTo(LocalDate.of(2026, 10, 2));
        assertThat(only(waiting).leadsTo()).containsExactly(spending);

        benefits.showcase(
                project, true, "Tilsynet tok halve tiden.", org.buyer().user());
        assertThat(figures().get(figures().size() - 1).showcased()).isTrue();
    }

    @Test
    void everyChangeIsInTheAuditTrailWithWhoDidItAndNoComment() {
        BenefitId spending = benefits.add(
                project,
                BenefitFixtures.efficiency("Lavere kjørekostnader", org.buyer().id()),
                org.buyer().user());
        benefits.record(
                project,
                spending,
                new BigDecimal("800000"),
                LocalDate.now().minusDays(3),
                "Hemmelig kommentar om leverandøren",
                org.buyer().user());
        benefits.importMeasurements(
                project,
                "nytte;dato;verdi\n1;" + LocalDate.now().minusDays(1) + ";780000\n",
                org.buyer().user());
        benefits.showcase(
                project, true, "Historien om kjørekostnadene", org.buyer().user());
        benefits.confirm(project, org.buyer().user());

        List<no.innomotor.audit.AuditEntry> trail = audit.timeline("benefit-plan", project.toString());
        assertThat(trail)
                .extracting(no.innomotor.audit.AuditEntry::action)
                .contains(
                        "benefit-plan.benefit-added",
                        "benefit-plan.measured",
                        "benefit-plan.measurements-imported",
                        "benefit-plan.showcased",
                        "benefit-plan.confirmed");
        assertThat(trail).allSatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo(org.buyer().id());
            assertThat(entry.organisation()).isEqualTo(org.id());
        });
        assertThat(trail)
                .extracting(no.innomotor.audit.AuditEntry::summary)
                .noneMatch(summary -> summary.contains("Hemmelig"));
    }

    @Test
    void anOlderMeasurementDoesNotReplaceTheLatest() {
        BenefitId id = benefits.add(
                project,
                BenefitFixtures.waiting("Ventetid", org.buyer().id(), List.of()),
                org.buyer().user());
        benefits.record(
                project,
                id,
                new BigDecimal("30"),
                LocalDate.of(2026, 9, 1),
                "",
                org.buyer().user());
        benefits.record(
                project,
                id,
                new BigDecimal("55"),
                LocalDate.of(2026, 3, 1),
                "Etterregistrert",
                org.buyer().user());
        assertThat(only(id).latestValue()).isEqualByComparingTo("30");
        assertThat(queries.measurements(project, id, org.buyer().user()))
                .extracting(MeasurementView::on)
                .containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 1));
    }

    @Test
    void aFileWithOneBadRowIsRefusedWholeAndNothingIsKept() {
        BenefitId id = benefits.add(
                project,
                BenefitFixtures.waiting("Ventetid", org.buyer().id(), List.of()),
                org.buyer().user());
        int before = figures().size();
        assertThatThrownBy(() -> benefits.importMeasurements(
                        project,
                        "nytte;dato;verdi\n1;01.03.2026;50\n1;01.06.2026;femti\n",
                        org.buyer().user()))
                .isInstanceOf(MeasurementsRefused.class);
        assertThat(queries.measurements(project, id, org.buyer().user())).isEmpty();
        assertThat(only(id).latestValue()).isNull();
        assertThat(figures()).hasSize(before);

        int taken = benefits.importMeasurements(
                project,
                "nytte;dato;verdi;kommentar\n1;01.03.2026;50;mars\n" + id + ";2026-06-01;41,5;juni\n",
                org.buyer().user());
        assertThat(taken).isEqualTo(2);
        assertThat(queries.measurements(project, id, org.buyer().user())).hasSize(2);
        assertThat(only(id).latestValue()).isEqualByComparingTo("41.5");
        assertThat(only(id).status()).isEqualTo(TrajectoryStatus.ON_TRACK);
        assertThat(figures()).hasSize(before + 1);
    }

    @Test
    void theOwnerIsAPersonOfTheProjectsOrganisation() {
        ProjectFixtures.Org other = projects.municipality("Naboby kommune");
        assertThatThrownBy(() -> benefits.add(
                        project,
                        BenefitFixtures.efficiency("Gevinst", other.buyer().id()),
                        org.buyer().user()))
                .isInstanceOf(BenefitRejected.class)
                .extracting(e -> ((BenefitRejected) e).field())
                .isEqualTo("owner");
        assertThat(benefits.ownerCandidates(project, org.buyer().user()))
                .extracting(no.innomotor.projects.TeamMember::id)
                .contains(org.buyer().id(), org.leader().id())
                .doesNotContain(other.buyer().id());
    }

    @Test
    void linksStayInsideThePlanAndNeverGoRoundInACircle() {
        BenefitId a = benefits.add(
                project,
                BenefitFixtures.waiting("A", org.buyer().id(), List.of()),
                org.buyer().user());
        BenefitId b = benefits.add(
                project,
                BenefitFixtures.waiting("B", org.buyer().id(), List.of(a)),
                org.buyer().user());
        assertThatThrownBy(() -> benefits.change(
                        project,
                        a,
                        BenefitFixtures.waiting("A", org.buyer().id(), List.of(b)),
                        0,
                        org.buyer().user()))
                .isInstanceOf(BenefitRejected.class)
                .hasFieldOrPropertyWithValue("messageKey", "benefits.form.leadsTo.circular");
        assertThatThrownBy(() -> benefits.change(
                        project,
                        a,
                        BenefitFixtures.waiting("A", org.buyer().id(), List.of(BenefitId.random())),
                        0,
                        org.buyer().user()))
                .isInstanceOf(BenefitRejected.class);
    }

    @Test
    void aChangeFromAnOlderVersionIsAConflict() {
        BenefitId id = benefits.add(
                project,
                BenefitFixtures.waiting("Ventetid", org.buyer().id(), List.of()),
                org.buyer().user());
        benefits.change(
                project,
                id,
                BenefitFixtures.waiting("Ventetid nå", org.buyer().id(), List.of()),
                0,
                org.buyer().user());
        assertThatThrownBy(() -> benefits.change(
                        project,
                        id,
                        BenefitFixtures.waiting("Ventetid før", org.buyer().id(), List.of()),
                        0,
                        org.buyer().user()))
                .isInstanceOf(BenefitChangedConcurrently.class);
        assertThat(only(id).title()).isEqualTo("Ventetid nå");
    }

    @Test
    void onlyTheProjectsBuyersKeepThePlan() {
        ProjectFixtures.Person adviser =
                projects.person(projects.company("Gevinstråd AS"), "Gina Gevinst", Role.ADVISER);
        assertThatThrownBy(() -> benefits.add(
                        project,
                        BenefitFixtures.efficiency("Gevinst", org.buyer().id()),
                        org.leader().user()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> benefits.add(
                        project,
                        BenefitFixtures.efficiency("Gevinst", org.buyer().id()),
                        adviser.user()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(queries.plan(project, adviser.user()).keeper()).isFalse();
        assertThat(queries.plan(project, org.leader().user()).keeper()).isFalse();
    }
}
