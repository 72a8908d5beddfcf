package no.innomotor.followup.web;

import jakarta.validation.constraints.Size;
import no.innomotor.followup.Goals;
import org.jspecify.annotations.Nullable;

/** The plan's goals as the adviser typed them, with the version they started from. */
public class GoalsForm {

    @Size(max = Goals.MAX, message = "{followup.form.tooLong}")
    private @Nullable String goalMarkets;

    @Size(max = Goals.MAX, message = "{followup.form.tooLong}")
    private @Nullable String goalThreeYear;

    @Size(max = Goals.MAX, message = "{followup.form.tooLong}")
    private @Nullable String goalHelp;

    private long version;

    static GoalsForm of(Goals goals, long version) {
        GoalsForm form = new GoalsForm();
        form.goalMarkets = goals.targetMarkets();
        form.goalThreeYear = goals.threeYearGoal();
        form.goalHelp = goals.helpWanted();
        form.version = version;
        return form;
    }

    Goals toGoals() {
        return new Goals(text(goalMarkets), text(goalThreeYear), text(goalHelp));
    }

    private static String text(@Nullable String typed) {
        return typed == null ? "" : typed;
    }

    public @Nullable String getGoalMarkets() {
        return goalMarkets;
    }

    public void setGoalMarkets(@Nullable String goalMarkets) {
        this.goalMarkets = goalMarkets;
    }

    public @Nullable String getGoalThreeYear() {
        return goalThreeYear;
    }

    public void setGoalThreeYear(@Nullable String goalThreeYear) {
        this.goalThreeYear = goalThreeYear;
    }

    public @Nullable String getGoalHelp() {
        return goalHelp;
    }

    public void setGoalHelp(@Nullable String goalHelp) {
        this.goalHelp = goalHelp;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
