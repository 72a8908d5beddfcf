package no.innomotor.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.innomotor.followup.FollowUpEvents.ActivityAdded;
import no.innomotor.followup.FollowUpEvents.NextStepAdded;
import no.innomotor.followup.FollowUpEvents.PlanCommented;
import no.innomotor.followup.FollowUpEvents.PlanCreated;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.junit.jupiter.api.Test;

/** The plan's own rules, without a database. */
class FollowUpPlanTests {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private final PersonId adviser = PersonId.random();
    private final PersonId supplier = PersonId.random();
    private final OrganisationId company = OrganisationId.random();

    private FollowUpPlan plan() {
        return new FollowUpPlan(
                PlanId.random(), company, "Sensorlab AS", new Goals(" Kommuner ", "Ti kunder", "Pilot"), adviser, NOW);
    }

    @Test
    void aNewPlanIsOpenWithTheGoalsTrimmedAndRegistersItsCreationForTheCompany() {
        FollowUpPlan plan = plan();

        assertThat(plan.status()).isEqualTo(PlanStatus.OPEN);
        assertThat(plan.goals().targetMarkets()).isEqualTo("Kommuner");
        assertThat(plan.keeper()).isEqualTo(adviser);
        assertThat(plan.pendingEvents()).singleElement().isInstanceOfSatisfying(PlanCreated.class, created -> {
            assertThat(created.organisation()).isEqualTo(company);
            assertThat(created.details()).containsEntry("company", "Sensorlab AS");
        });
    }

    @Test
    void goalsChangedFromAnOlderVersionAreRefused() {
        FollowUpPlan plan = plan();

        assertThatThrownBy(() -> plan.changeGoals(Goals.empty(), 3, adviser, NOW))
                .isInstanceOf(PlanChangedConcurrently.class);
        assertThat(plan.goals().threeYearGoal()).isEqualTo("Ti kunder");
    }

    @Test
    void activitiesAndStepsRegisterEventsWithoutTheirText() {
        FollowUpPlan plan = plan();

        plan.addActivity(ActivityKind.COURSE, TODAY, "Hemmelig kursinnhold", "Sara", adviser, NOW);
        plan.addStep("Hemmelig steg", TODAY.plusDays(3), Responsible.SUPPLIER, adviser, NOW);

        List<Object> events = plan.pendingEvents();
        assertThat(events).hasSize(3);
        assertThat(events.get(1))
                .isInstanceOfSatisfying(
                        ActivityAdded.class,
                        added -> assertThat(added.details().values())
                                .noneMatch(value -> String.valueOf(value).contains("Hemmelig")));
        assertThat(events.get(2)).isInstanceOfSatisfying(NextStepAdded.class, added -> {
            assertThat(added.responsible()).isEqualTo(Responsible.SUPPLIER);
            assertThat(added.details().values())
                    .noneMatch(value -> String.valueOf(value).contains("Hemmelig"));
        });
    }

    @Test
    void aStepPastItsDateIsOverdueUntilDone() {
        FollowUpPlan plan = plan();
        StepId step = plan.addStep("Ringe Bærum", TODAY.minusDays(1), Responsible.ADVISER, adviser, NOW);

        assertThat(plan.steps(TODAY))
                .singleElement()
                .satisfies(view -> assertThat(view.overdue()).isTrue());
        plan.markDone(step, false, adviser, NOW);
        assertThat(plan.steps(TODAY)).singleElement().satisfies(view -> {
            assertThat(view.done()).isTrue();
            assertThat(view.overdue()).isFalse();
        });
        assertThat(plan.openSteps(TODAY)).isEmpty();
    }

    @Test
    void theCompanyMarksOnlyItsOwnStepsDone() {
        FollowUpPlan plan = plan();
        StepId advisers = plan.addStep("Rådgiverens steg", TODAY, Responsible.ADVISER, adviser, NOW);
        StepId own = plan.addStep("Leverandørens steg", TODAY, Responsible.SUPPLIER, adviser, NOW);

        assertThatThrownBy(() -> plan.markDone(advisers, true, supplier, NOW))
                .isInstanceOf(FollowUpExceptions.NotYourStep.class);
        plan.markDone(own, true, supplier, NOW);
        assertThat(plan.openSteps(TODAY)).extracting(StepView::id).containsExactly(advisers);
    }

    @Test
    void theCompanysCommentTellsTheKeeperAndIsNoChangeForTheCompanyToRead() {
        FollowUpPlan plan = plan();
        Instant later = NOW.plusSeconds(60);

        plan.comment("Takk for kurset", true, supplier, "Sara Leverandør", later);

        assertThat(plan.changedAt()).isEqualTo(NOW);
        assertThat(plan.comments()).singleElement().satisfies(comment -> {
            assertThat(comment.authorName()).isEqualTo("Sara Leverandør");
            assertThat(comment.fromCompany()).isTrue();
        });
        assertThat(plan.pendingEvents()).last().isInstanceOfSatisfying(PlanCommented.class, commented -> {
            assertThat(commented.fromCompany()).isTrue();
            assertThat(commented.keeper()).isEqualTo(adviser);
        });
        plan.comment("Svar fra rådgiveren", false, adviser, "Per Rådgiver", later);
        assertThat(plan.changedAt()).isEqualTo(later);
    }

    @Test
    void aClosedPlanTakesNothingMore() {
        FollowUpPlan plan = plan();
        plan.close(0, adviser, NOW);

        assertThat(plan.status()).isEqualTo(PlanStatus.CLOSED);
        assertThatThrownBy(() -> plan.comment("Hei", true, supplier, "Sara", NOW))
                .isInstanceOf(FollowUpExceptions.PlanClosed.class);
        assertThatThrownBy(() -> plan.addStep("Mer", TODAY, Responsible.ADVISER, adviser, NOW))
                .isInstanceOf(FollowUpExceptions.PlanClosed.class);
    }
}
