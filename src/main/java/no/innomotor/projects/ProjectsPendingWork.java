package no.innomotor.projects;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrganisationId;
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

    /** The statuses a mandate can still be signed in. */
    private static final List<ProjectStatus> OPEN = Arrays.stream(ProjectStatus.values())
            .filter(status -> !status.isFinal())
            .toList();

    private final ProjectRepository projects;
    private final OrganisationsManagement organisations;
    private final Clock clock;

    ProjectsPendingWork(ProjectRepository projects, OrganisationsManagement organisations, Clock clock) {
        this.projects = projects;
        this.organisations = organisations;
        this.clock = clock;
    }

    /**
     * Two queries that read only what waits (mandates ready for signature in the organisations the person leads,
     * current steps due soon in those where they buy), never every project of the organisations.
     */
    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> waitingFor(CurrentUser user) {
        List<OrganisationId> led = user.organisationsWithRole(Role.TOP_LEADER);
        List<OrganisationId> bought = user.organisationsWithRole(Role.BUYER);
        if (led.isEmpty() && bought.isEmpty()) {
            return List.of();
        }
        LocalDate horizon = LocalDate.now(clock.withZone(NorwegianTime.ZONE)).plusDays(DUE_WITHIN_DAYS);
        List<MandateAwaitingSignature> awaiting = led.isEmpty()
                ? List.of()
                : projects.awaitingSignature(values(led), OPEN, Mandate.Stage.READY_FOR_SIGNATURE);
        List<StepDueSoon> due =
                bought.isEmpty() ? List.of() : projects.stepsDue(values(bought), ProjectStatus.ACTIVE, horizon);
        Set<OrganisationId> named = new HashSet<>();
        awaiting.forEach(item -> named.add(new OrganisationId(item.organisation())));
        due.forEach(item -> named.add(new OrganisationId(item.organisation())));
        Map<OrganisationId, OrganisationSummary> names = named.isEmpty() ? Map.of() : organisations.find(named);
        List<WorkItem> items = new ArrayList<>();
        for (MandateAwaitingSignature item : awaiting) {
            items.add(new WorkItem(
                    "projects.work.mandateAwaitingSignature",
                    List.of(item.version()),
                    item.title(),
                    name(names, item.organisation()),
                    "/projects/" + item.project() + "/mandate",
                    null));
        }
        for (StepDueSoon item : due) {
            items.add(new WorkItem(
                    "projects.work.stepDue",
                    List.of(item.step()),
                    item.title(),
                    name(names, item.organisation()),
                    "/projects/" + item.project() + "/steps/" + item.step(),
                    item.due()));
        }
        return items;
    }

    private static List<UUID> values(List<OrganisationId> ids) {
        return ids.stream().map(OrganisationId::value).toList();
    }

    private static String name(Map<OrganisationId, OrganisationSummary> names, UUID organisation) {
        OrganisationSummary found = names.get(new OrganisationId(organisation));
        return found == null ? "" : found.name();
    }
}
