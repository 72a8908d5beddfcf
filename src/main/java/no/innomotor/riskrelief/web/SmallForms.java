package no.innomotor.riskrelief.web;

import org.jspecify.annotations.Nullable;

/** The application page's small forms: assigning an assessor, a conflict declaration, reports. */
public final class SmallForms {

    private SmallForms() {}

    public static class AssignForm {
        private @Nullable String assessor;

        public @Nullable String getAssessor() {
            return assessor;
        }

        public void setAssessor(@Nullable String assessor) {
            this.assessor = assessor;
        }
    }

    public static class ConflictForm {
        private @Nullable String conflict;
        private @Nullable String reason;

        public @Nullable String getConflict() {
            return conflict;
        }

        public void setConflict(@Nullable String conflict) {
            this.conflict = conflict;
        }

        public @Nullable String getReason() {
            return reason;
        }

        public void setReason(@Nullable String reason) {
            this.reason = reason;
        }
    }

    public static class ReportForm {
        private @Nullable String report;
        private @Nullable String finalReport;

        public @Nullable String getReport() {
            return report;
        }

        public void setReport(@Nullable String report) {
            this.report = report;
        }

        public @Nullable String getFinalReport() {
            return finalReport;
        }

        public void setFinalReport(@Nullable String finalReport) {
            this.finalReport = finalReport;
        }
    }
}
