package no.innomotor.benefits;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectTeam;
import no.innomotor.projects.ProjectTeams;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import no.innomotor.shared.work.PendingWork;
import no.innomotor.shared.work.WorkItem;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The benefits module's share of the front page. For a project's buyers and for a benefit's owner: each benefit whose
 * next measurement is due (today or earlier), linked to where it is recorded. For the buyers: each plan the platform
 * asked them to update after a roadmap step was completed, until the plan is next saved or confirmed.
 */
@Component
class BenefitsPendingWork implements PendingWork {

    private final BenefitRepository benefits;
    private final BenefitPlanRepository plans;
    private final ProjectTeams teams;
    private final Clock clock;

    BenefitsPendingWork(BenefitRepository benefits, BenefitPlanRepository plans, ProjectTeams teams, Clock clock) {
        this.benefits = benefits;
        this.plans = plans;
        this.teams = teams;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> waitingFor(CurrentUser user) {
        List<UUID> buyerOrgs = new ArrayList<>(user.organisationsWithRole(Role.BUYER).stream()
                .map(OrganisationId::value)
                .toList());
        if (buyerOrgs.isEmpty()) {
            buyerOrgs.add(new UUID(0, 0));
        }
        Map<UUID, String> titles = new HashMap<>();
        List<WorkItem> items = new ArrayList<>();
        for (BenefitPlan plan : plans.findByOrganisationIdInAndUpdateRequestedTrue(buyerOrgs)) {
            String title = title(plan.project(), titles);
            if (title != null) {
                items.add(new WorkItem(
                        "benefits.work.update",
                        List.of(),
                        title,
                        null,
                        "/projects/" + plan.project() + "/benefits",
                        null));
            }
        }
        for (Benefit benefit : benefits.due(buyerOrgs, user.personId().value(), NorwegianTime.today(clock))) {
            ProjectId project = benefit.plan().project();
            String title = title(project, titles);
            if (title != null) {
                items.add(new WorkItem(
                        "benefits.work.due",
                        List.of(benefit.title()),
                        title,
                        null,
                        "/projects/" + project + "/benefits/" + benefit.id() + "#measure",
                        benefit.nextDue()));
            }
        }
        return items;
    }

    private @Nullable String title(ProjectId project, Map<UUID, String> titles) {
        return titles.computeIfAbsent(
                project.value(), id -> teams.of(project).map(ProjectTeam::title).orElse(null));
    }
}
