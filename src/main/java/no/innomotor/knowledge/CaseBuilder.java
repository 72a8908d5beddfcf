package no.innomotor.knowledge;

import no.innomotor.projects.ProjectEvents.StepCompleted;
import no.innomotor.shared.RoadmapStep;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Builds a project's case when the project reaches step 8, spread and scale-up, and again when it completes. */
@Component
class CaseBuilder {

    private final CaseManagement cases;

    CaseBuilder(CaseManagement cases) {
        this.cases = cases;
    }

    @ApplicationModuleListener
    void on(StepCompleted event) {
        if (event.next() == null || event.next() == RoadmapStep.SPREAD_AND_SCALE_UP) {
            cases.buildOnPlatformBehalf(event.project());
        }
    }
}
