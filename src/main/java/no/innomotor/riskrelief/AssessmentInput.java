package no.innomotor.riskrelief;

import java.util.Map;

/** An assessor's scores, 0–10 with a justification per criterion (by criterion id), and what they recommend. */
public record AssessmentInput(Map<String, Score> scores, Recommendation recommendation, String overall) {

    public AssessmentInput {
        scores = Map.copyOf(scores);
    }

    public record Score(int score, String justification) {}
}
