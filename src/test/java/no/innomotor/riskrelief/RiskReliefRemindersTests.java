package no.innomotor.riskrelief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import no.innomotor.riskrelief.RiskReliefFlowEvents.MilestoneDueSoon;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The daily reminders: a milestone due soon is reminded once a day, one far off or reported is not. */
@InnomotorTest
@RecordApplicationEvents
class RiskReliefRemindersTests {

    @Autowired
    RiskReliefFixtures fixtures;

    @Autowired
    RiskReliefManagement riskRelief;

    @Autowired
    RiskReliefQueries queries;

    @Autowired
    RiskReliefReminders reminders;

    @Autowired
    ApplicationEvents events;

    @Test
    void aMilestoneDueSoonIsRemindedOnceADay() {
        var actor = fixtures.actor("Påminnelsesaktør " + System.nanoTime());
        SchemeId scheme = riskRelief.createScheme(
                actor.id(),
                new SchemeInput(
                        "Påminnelsesordning",
                        "Beskrivelse",
                        SchemeKind.FINANCIAL,
                        Audience.BOTH,
                        LocalDate.now().plusMonths(1),
                        LocalDate.now().getYear(),
                        1_000_000,
                        List.of(new SchemeInput.Criterion("Nytte", 100)),
                        java.util.Set.of(no.innomotor.shared.CostCategory.PILOTING)),
                actor.decider().user());
        riskRelief.publishScheme(scheme, 0, actor.decider().user());
        var buyer = fixtures.buyer("Påminnelseskommune " + System.nanoTime());
        ApplicationInput input = new ApplicationInput(
                100_000,
                LocalDate.now(),
                LocalDate.now().plusMonths(6),
                java.util.Set.of(no.innomotor.shared.CostCategory.PILOTING),
                "Pilot",
                java.util.Map.of(
                        queries.scheme(scheme, buyer.org().buyer().user())
                                .criteria()
                                .get(0)
                                .id(),
                        "Svar"));
        ApplicationId id = riskRelief.createApplication(
                scheme, buyer.project(), input, buyer.org().buyer().user());
        riskRelief.submit(id, buyer.org().buyer().user());
        fixtures.assessed(actor, id, fixtures.jury("Påminnelsesjury " + System.nanoTime()));
        riskRelief.decide(
                id,
                new DecisionInput(
                        RiskReliefEvents.Outcome.APPROVED,
                        100_000,
                        List.of(),
                        List.of(
                                new DecisionInput.MilestoneInput(
                                        "Snart", LocalDate.now().plusDays(5), 60_000),
                                new DecisionInput.MilestoneInput(
                                        "Senere", LocalDate.now().plusDays(90), 40_000))),
                queries.application(id, actor.decider().user()).version(),
                actor.decider().user());

        reminders.remind();
        assertThat(events.stream(MilestoneDueSoon.class)
                        .filter(e -> e.applicationId().equals(id.toString())))
                .as("the milestone due in five days, not the one in ninety")
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.milestone()).isEqualTo("Snart");
                    assertThat(e.applicant()).isEqualTo(buyer.org().id());
                });
        events.clear();
        reminders.remind();
        assertThat(events.stream(MilestoneDueSoon.class)
                        .filter(e -> e.applicationId().equals(id.toString())))
                .as("reminded today already")
                .isEmpty();
    }
}
