package no.innomotor.riskrelief.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.innomotor.riskrelief.AssessmentInput;
import no.innomotor.riskrelief.CriterionView;
import no.innomotor.riskrelief.Recommendation;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** An assessor's scores ({@code scores[criterionId]}, 0–10), justifications, recommendation and overall remark. */
public class AssessmentForm {

    private Map<String, String> scores = new HashMap<>();
    private Map<String, String> justifications = new HashMap<>();
    private @Nullable String recommendation;
    private @Nullable String overall;

    @Nullable
    AssessmentInput toInput(List<CriterionView> criteria, Errors errors) {
        Map<String, AssessmentInput.Score> typed = new HashMap<>();
        for (CriterionView c : criteria) {
            int score = Parse.integer(scores.get(c.id()), "scores[" + c.id() + "]", 0, 10, errors);
            String why = Parse.text(justifications.get(c.id()));
            if (why.isEmpty()) {
                errors.rejectValue("justifications[" + c.id() + "]", "riskrelief.error.justificationRequired");
            }
            typed.put(c.id(), new AssessmentInput.Score(score, why));
        }
        Recommendation r = Parse.choice(Recommendation.class, recommendation, "recommendation", errors);
        if (errors.hasErrors() || r == null) {
            return null;
        }
        return new AssessmentInput(typed, r, Parse.text(overall));
    }

    public Map<String, String> getScores() {
        return scores;
    }

    public void setScores(Map<String, String> scores) {
        this.scores = new HashMap<>(scores);
    }

    public Map<String, String> getJustifications() {
        return justifications;
    }

    public void setJustifications(Map<String, String> justifications) {
        this.justifications = new HashMap<>(justifications);
    }

    public @Nullable String getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(@Nullable String recommendation) {
        this.recommendation = recommendation;
    }

    public @Nullable String getOverall() {
        return overall;
    }

    public void setOverall(@Nullable String overall) {
        this.overall = overall;
    }
}
