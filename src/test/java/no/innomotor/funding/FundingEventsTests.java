package no.innomotor.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import no.innomotor.riskrelief.RiskReliefEvents.ApplicationDecided;
import no.innomotor.riskrelief.RiskReliefEvents.ApplicationSubmitted;
import no.innomotor.riskrelief.RiskReliefEvents.ApplicationWithdrawn;
import no.innomotor.riskrelief.RiskReliefEvents.Outcome;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.Money;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Risk relief's events keep a project's risk-relief entries: an application submitted is applied for, a decision
 * grants or rejects it, a withdrawal withdraws it — and an event delivered again changes nothing.
 */
@InnomotorTest
class FundingEventsTests {

    private static final LocalDate START = LocalDate.of(2027, 5, 1);
    private static final LocalDate END = LocalDate.of(2028, 4, 30);

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    FundingQueries queries;

    @Autowired
    FundingManagement funding;

    @Autowired
    FundingFixtures fixtures;

    @Autowired
    ProjectFixtures projects;

    ProjectFixtures.Org org;
    ProjectId project;
    FundingFixtures.Actor scheme;

    @BeforeEach
    void world() {
        org = projects.municipality("Hendelsesby kommune");
        project = projects.project(org, "Sensorer for hendelsesby");
        scheme = fixtures.actor("Innovasjon Norge hendelser");
    }

    private void publish(Object event) {
        transaction.executeWithoutResult(status -> events.publishEvent(event));
    }

    private ApplicationSubmitted submitted(String application, long amount) {
        return new ApplicationSubmitted(
                org.buyer().id(),
                org.id(),
                application,
                "scheme-1",
                "Risikoavlastning for pilotkunder",
                scheme.id(),
                project,
                Money.nok(amount),
                START,
                END,
                Set.of(CostCategory.PILOTING, CostCategory.RISK_OF_LOSS));
    }

    private ApplicationDecided decided(String application, Outcome outcome, long amount) {
        return new ApplicationDecided(
                scheme.person().id(),
                org.id(),
                application,
                "scheme-1",
                "Risikoavlastning for pilotkunder",
                scheme.id(),
                project,
                outcome,
                Money.nok(amount),
                START,
                END.minusMonths(2),
                Set.of(CostCategory.PILOTING),
                List.of("Rapport etter piloten"));
    }

    private Optional<EntryView> entry(String application) {
        return queries.project(project, org.buyer().user()).entries().stream()
                .filter(e -> application.equals(e.applicationId()))
                .findFirst();
    }

    private void awaitEntry(String application, java.util.function.Predicate<EntryView> state) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> entry(application).filter(state).isPresent());
    }

    @Test
    void aSubmittedApplicationIsAppliedForAndADecisionGrantsItInPart() {
        String application = UUID.randomUUID().toString();

        publish(submitted(application, 800_000));
        awaitEntry(application, e -> e.status() == FundingStatus.APPLIED);
        EntryView applied = entry(application).orElseThrow();
        assertThat(applied.source()).isEqualTo(FundingSource.RISK_RELIEF);
        assertThat(applied.actorName()).isEqualTo("Innovasjon Norge hendelser");
        assertThat(applied.actorOrganisation()).isEqualTo(scheme.id());
        assertThat(applied.instrumentName()).isEqualTo("Risikoavlastning for pilotkunder");
        assertThat(applied.instrumentId()).isEqualTo("scheme-1");
        assertThat(applied.amountApplied()).isEqualTo(Money.nok(800_000));
        assertThat(applied.costCategories()).containsExactly(CostCategory.PILOTING, CostCategory.RISK_OF_LOSS);
        assertThat(applied.editable()).isFalse();

        publish(decided(application, Outcome.APPROVED_IN_PART, 500_000));
        awaitEntry(application, e -> e.status() == FundingStatus.GRANTED);
        EntryView granted = entry(application).orElseThrow();
        assertThat(granted.amountApplied()).isEqualTo(Money.nok(800_000));
        assertThat(granted.amountGranted()).isEqualTo(Money.nok(500_000));
        assertThat(granted.periodEnd()).isEqualTo(END.minusMonths(2));
        assertThat(granted.costCategories()).containsExactly(CostCategory.PILOTING);
    }

    @Test
    void eventsDeliveredAgainChangeNothingAndAWithdrawalAfterADecisionLeavesTheDecision() {
        String application = UUID.randomUUID().toString();
        publish(submitted(application, 300_000));
        publish(decided(application, Outcome.APPROVED, 300_000));
        awaitEntry(application, e -> e.status() == FundingStatus.GRANTED);

        publish(submitted(application, 300_000));
        publish(decided(application, Outcome.APPROVED, 300_000));
        publish(new ApplicationWithdrawn(
                org.buyer().id(),
                org.id(),
                application,
                "scheme-1",
                "Risikoavlastning for pilotkunder",
                scheme.id(),
                project));
        // A marker event after the redeliveries: once it is recorded, the ones before it have been handled too.
        String marker = UUID.randomUUID().toString();
        publish(submitted(marker, 1));
        awaitEntry(marker, e -> true);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<EntryView> all = queries.project(project, org.buyer().user()).entries().stream()
                    .filter(e -> application.equals(e.applicationId()))
                    .toList();
            assertThat(all).singleElement().satisfies(e -> {
                assertThat(e.status()).isEqualTo(FundingStatus.GRANTED);
                assertThat(e.amountGranted()).isEqualTo(Money.nok(300_000));
            });
        });
    }

    @Test
    void aWithdrawnApplicationAndARejectedOneCoverNothing() {
        String withdrawn = UUID.randomUUID().toString();
        String rejected = UUID.randomUUID().toString();
        publish(submitted(withdrawn, 100_000));
        awaitEntry(withdrawn, e -> e.status() == FundingStatus.APPLIED);
        publish(new ApplicationWithdrawn(
                org.buyer().id(), org.id(), withdrawn, "scheme-1", "Risikoavlastning", scheme.id(), project));
        publish(decided(rejected, Outcome.REJECTED, 0));

        awaitEntry(withdrawn, e -> e.status() == FundingStatus.WITHDRAWN);
        awaitEntry(rejected, e -> e.status() == FundingStatus.REJECTED);
        assertThat(entry(rejected).orElseThrow().amountGranted()).isEqualTo(Money.ZERO_NOK);
        assertThat(queries.project(project, org.buyer().user()).warnings()).isEmpty();
    }

    @Test
    void theTeamCannotEditARiskReliefEntry() {
        String application = UUID.randomUUID().toString();
        publish(submitted(application, 100_000));
        awaitEntry(application, e -> true);
        EntryView entry = entry(application).orElseThrow();

        assertThatThrownBy(() -> queries.entry(project, entry.id(), org.buyer().user()))
                .isInstanceOf(FundingExceptions.EntryFromRiskRelief.class);
        assertThatThrownBy(() -> funding.remove(
                        project, entry.id(), entry.version(), org.buyer().user()))
                .isInstanceOf(FundingExceptions.EntryFromRiskRelief.class);
    }

    @Test
    void anApplicationOverlappingARecordedGrantIsWarnedAbout() {
        funding.record(
                project,
                FundingFixtures.named(
                        "Pilotstøtte fra fylket",
                        "Viken fylkeskommune",
                        FundingStatus.GRANTED,
                        200_000,
                        200_000L,
                        END.minusMonths(1),
                        END.plusMonths(6),
                        Set.of(CostCategory.RISK_OF_LOSS)),
                org.buyer().user());
        String application = UUID.randomUUID().toString();
        publish(submitted(application, 400_000));
        awaitEntry(application, e -> true);

        assertThat(queries.project(project, org.buyer().user()).warnings())
                .singleElement()
                .isInstanceOfSatisfying(
                        FundingWarning.DoubleCoverage.class,
                        w -> assertThat(w.categories()).containsExactly(CostCategory.RISK_OF_LOSS));
    }
}
