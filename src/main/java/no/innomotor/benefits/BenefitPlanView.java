package no.innomotor.benefits;

import java.util.List;
import java.util.Optional;
import no.innomotor.projects.ProjectDetails;

/**
 * A project's benefit plan as its reader sees it. {@code keeper}: the reader may change it (a buyer of the project's
 * organisation). {@code updateRequested}: a roadmap step was completed since the plan was last saved.
 */
public record BenefitPlanView(
        ProjectDetails project,
        List<BenefitView> benefits,
        boolean keeper,
        boolean showcased,
        String story,
        boolean updateRequested,
        long version) {

    public BenefitPlanView {
        benefits = List.copyOf(benefits);
    }

    public Optional<BenefitView> benefit(BenefitId id) {
        return benefits.stream().filter(b -> b.id().equals(id)).findFirst();
    }
}
