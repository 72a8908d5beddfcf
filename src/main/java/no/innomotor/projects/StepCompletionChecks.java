package no.innomotor.projects;

import java.util.List;

/**
 * The extension point through which other modules tell the projects module what the team should confirm before a
 * step is completed (the dialogue module: what was shared with some suppliers but not yet with all, before the
 * competition is announced). A step with findings completes only when the team confirms them; the confirmation is
 * recorded as {@link ProjectEvents.StepFindingsConfirmed}.
 */
public interface StepCompletionChecks {

    /** The findings for the project's step now; empty when there is nothing to confirm. */
    List<StepFinding> findings(ProjectId project, no.innomotor.shared.RoadmapStep step);
}
