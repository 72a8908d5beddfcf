package no.innomotor.riskrelief;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.innomotor.projects.ProjectId;
import no.innomotor.riskrelief.RiskReliefEvents.Outcome;
import no.innomotor.shared.CostCategory;
import org.jspecify.annotations.Nullable;

/**
 * An application as one reader may see it. The applicant sees the status, history, decision and milestones, never
 * who assesses or their scores; an assessor sees the application and their own assessment; the owner sees it all.
 * {@code reader} says what the reader is to it and {@code can} what they may do now.
 */
public record ApplicationView(
        ApplicationId id,
        String schemeId,
        String schemeName,
        String schemeOwnerName,
        SchemeKind schemeKind,
        ProjectId project,
        String projectTitle,
        String projectNeed,
        String projectOwnerName,
        @Nullable Long projectValue,
        @Nullable Integer projectStep,
        String applicantName,
        ApplicantKind applicantKind,
        ApplicationStatus status,
        long amountRequested,
        @Nullable LocalDate periodStart,
        @Nullable LocalDate periodEnd,
        Set<CostCategory> categories,
        Set<CostCategory> schemeCategories,
        String summary,
        List<Answer> answers,
        Instant createdAt,
        @Nullable Instant submittedAt,
        @Nullable Outcome outcome,
        @Nullable Long amountGranted,
        List<String> conditions,
        @Nullable Instant decidedAt,
        boolean hasLetter,
        @Nullable String finalReport,
        @Nullable Instant closedAt,
        List<History> history,
        List<Assessment> assessments,
        @Nullable Consolidated consolidated,
        List<MilestoneLine> milestones,
        List<FileLine> files,
        long version,
        Reader reader,
        Permissions can) {

    public ApplicationView {
        categories = Set.copyOf(categories);
        schemeCategories = Set.copyOf(schemeCategories);
        answers = List.copyOf(answers);
        conditions = List.copyOf(conditions);
        history = List.copyOf(history);
        assessments = List.copyOf(assessments);
        milestones = List.copyOf(milestones);
        files = List.copyOf(files);
    }

    /** What the reader is to the application (a person may be none of these only if they cannot read it). */
    public record Reader(
            boolean applicant, boolean owner, @Nullable Assessment ownAssessment) {
        public boolean assessor() {
            return ownAssessment != null;
        }
    }

    public record Permissions(
            boolean edit,
            boolean submit,
            boolean withdraw,
            boolean assign,
            boolean declare,
            boolean assess,
            boolean decide,
            boolean report,
            boolean pay,
            boolean finalReport) {}

    public record Answer(CriterionView criterion, String text) {}

    public record History(String what, String byName, Instant at) {}

    public record ScoreLine(String criterion, int score, String justification) {}

    /** One assessor's part; {@code conflict} is null until declared, the reason shown only to the owner. */
    public record Assessment(
            String assessorId,
            String assessorName,
            @Nullable Boolean conflict,
            @Nullable String conflictReason,
            boolean submitted,
            @Nullable Recommendation recommendation,
            @Nullable String overall,
            @Nullable Double weightedTotal,
            List<ScoreLine> scores,
            Instant assignedAt,
            @Nullable Instant declaredAt,
            @Nullable Instant submittedAt) {
        public Assessment {
            scores = List.copyOf(scores);
        }

        public boolean conflicted() {
            return Boolean.TRUE.equals(conflict);
        }
    }

    /**
     * The assessors' consolidated recommendation, once at least two without a conflict have submitted: the mean of
     * their weighted totals (0–10) and the recommendation most of them gave (the more cautious one on a tie).
     */
    public record Consolidated(int assessors, double meanTotal, Recommendation recommendation) {}

    public record MilestoneLine(
            String id,
            String name,
            LocalDate due,
            long amount,
            @Nullable String report,
            @Nullable Instant reportedAt,
            @Nullable Instant paidAt,
            boolean overdue) {
        public boolean reported() {
            return reportedAt != null;
        }

        public boolean paid() {
            return paidAt != null;
        }
    }

    public boolean financial() {
        return schemeKind == SchemeKind.FINANCIAL;
    }
}
