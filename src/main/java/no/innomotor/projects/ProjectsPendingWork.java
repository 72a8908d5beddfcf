package no.innomotor.projects;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.RoadmapStep;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import no.innomotor.shared.work.PendingWork;
import no.innomotor.shared.work.WorkItem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The projects module's share of the front page: for a top leader, the mandates of their organisations waiting for
 * a signature; for a buyer, the current steps of their organisations' active projects that are overdue or due within
 * {@link #DUE_WITHIN_DAYS} days.
 */
@Component
class ProjectsPendingWork implements PendingWork {

    /** How far ahead a due date counts as "due now". */
    static final int DUE_WITHIN_DAYS = 14;

    private final ProjectRepository projects;
    private final OrganisationsManagement organisations;
    private final Clock clock;

    ProjectsPendingWork(ProjectRepository projects, OrganisationsManagement organisations, Clock clock) {
        this.projects = projects;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> waitingFor(CurrentUser user) {
        List<OrganisationId> led = user.organisationsWithRole(Role.TOP_LEADER);
        List<OrganisationId> bought = user.organisationsWithRole(Role.BUYER);
        if (led.isEmpty() && bought.isEmpty()) {
            return List.of();
        }
        List<UUID> owners = new ArrayList<>();
        led.forEach(id -> owners.add(id.value()));
        bought.forEach(id -> owners.add(id.value()));
        LocalDate horizon = LocalDate.now(clock.withZone(NorwegianTime.ZONE)).plusDays(DUE_WITHIN_DAYS);
        Map<OrganisationId, String> names = new HashMap<>();
        List<WorkItem> items = new ArrayList<>();
        for (Project project : projects.findByOrganisationIdInOrderByCreatedAtDesc(owners)) {
            if (project.status().isFinal()) {
                continue;
            }
            String organisation = names.computeIfAbsent(project.organisation(), this::name);
            if (led.contains(project.organisation()) && project.mandateState() == MandateState.AWAITING_SIGNATURE) {
                items.add(new WorkItem(
                        "projects.work.mandateAwaitingSignature",
                        List.of(project.newestMandate().orElseThrow().versionNumber()),
                        project.title(),
                        organisation,
                        "/projects/" + project.id() + "/mandate",
                        null));
            }
            if (bought.contains(project.organisation()) && project.status() == ProjectStatus.ACTIVE) {
                RoadmapStep current = project.currentStep();
                LocalDate due = project.step(current).dueDate();
                if (due != null && !due.isAfter(horizon)) {
                    items.add(new WorkItem(
                            "projects.work.stepDue",
                            List.of(current.number()),
                            project.title(),
                            organisation,
                            "/projects/" + project.id() + "/steps/" + current.number(),
                            due));
                }
            }
        }
        return items;
    }

    private String name(OrganisationId id) {
        return organisations.find(id).map(OrganisationSummary::name).orElse("");
    }
}
