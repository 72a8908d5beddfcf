package no.innomotor.benefits;

import java.util.List;
import java.util.Optional;
import no.innomotor.benefits.BenefitsExceptions.BenefitNotFound;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectTeam;
import no.innomotor.projects.ProjectTeams;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public showcase: the projects whose teams opted in, for anyone, signed in or not. */
@Service
@Transactional(readOnly = true)
public class Showcase {

    private final BenefitPlanRepository plans;
    private final ProjectTeams teams;

    Showcase(BenefitPlanRepository plans, ProjectTeams teams) {
        this.plans = plans;
        this.teams = teams;
    }

    /** Every showcased project, the most recently changed first. */
    public List<ShowcaseEntry> entries() {
        return plans.findByShowcasedTrueOrderByChangedAtDesc().stream()
                .map(this::entry)
                .flatMap(Optional::stream)
                .toList();
    }

    /** One showcased project; not found when its team has not opted in. */
    public ShowcaseEntry entry(ProjectId id) {
        return plans.findById(id.value())
                .filter(BenefitPlan::showcased)
                .flatMap(this::entry)
                .orElseThrow(() -> new BenefitNotFound(id));
    }

    private Optional<ShowcaseEntry> entry(BenefitPlan plan) {
        return teams.of(plan.project())
                .map(ProjectTeam::title)
                .map(title -> new ShowcaseEntry(
                        plan.project(), title, plan.story(), plan.figures().benefits()));
    }
}
