package no.innomotor.projects;

import java.util.List;
import no.innomotor.shared.RoadmapStep;
import org.springframework.stereotype.Component;

/** Every module's {@link StepCompletionChecks}, asked together: what the step page shows and the gate refuses. */
@Component
class StepChecks {

    private final List<StepCompletionChecks> checks;

    StepChecks(List<StepCompletionChecks> checks) {
        this.checks = List.copyOf(checks);
    }

    /** What the checks find now for the project's step, from every module that checks it. */
    List<StepFinding> findings(ProjectId project, RoadmapStep step) {
        return checks.stream()
                .flatMap(check -> check.findings(project, step).stream())
                .toList();
    }
}
