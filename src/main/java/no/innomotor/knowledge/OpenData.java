package no.innomotor.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.innomotor.benefits.BenefitFiguresChanged.Figure;
import no.innomotor.dialogue.DialogueStatistics;
import no.innomotor.dialogue.DialogueStatistics.ProjectDialogue;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.projects.MandateState;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectRecord;
import no.innomotor.projects.ProjectRecords;
import no.innomotor.riskrelief.RiskReliefFigures;
import no.innomotor.riskrelief.RiskReliefFigures.Granted;
import no.innomotor.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which projects are open data, and what of them: a project is open once its top leader signed its mandate (a public
 * body's decision, open to access under offentleglova) or once it published a market-dialogue announcement; a
 * project with neither is a draft and never shown. What is shown is {@link OpenProject}, nothing else.
 */
@Service
@Transactional(readOnly = true)
public class OpenData {

    /** The largest page any open-data reader asks for. */
    public static final int MAX_PAGE_SIZE = ProjectRecords.MAX_PAGE_SIZE;

    private final ProjectRecords projects;
    private final OrganisationsManagement organisations;
    private final DialogueStatistics dialogues;
    private final RiskReliefFigures riskRelief;
    private final ProjectBenefitsRepository benefits;

    OpenData(
            ProjectRecords projects,
            OrganisationsManagement organisations,
            DialogueStatistics dialogues,
            RiskReliefFigures riskRelief,
            ProjectBenefitsRepository benefits) {
        this.projects = projects;
        this.organisations = organisations;
        this.dialogues = dialogues;
        this.riskRelief = riskRelief;
        this.benefits = benefits;
    }

    /** One page of open projects in id order, after the one given; {@code next} is absent on the last page. */
    public record Page(List<OpenProject> projects, @Nullable ProjectId next) {}

    public Page page(@Nullable ProjectId after, int size) {
        int wanted = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        List<OpenProject> found = new ArrayList<>();
        ProjectId cursor = after;
        while (found.size() <= wanted) {
            List<ProjectRecord> batch = projects.page(cursor, MAX_PAGE_SIZE);
            if (batch.isEmpty()) {
                break;
            }
            found.addAll(open(batch, true));
            cursor = batch.get(batch.size() - 1).id();
            if (batch.size() < MAX_PAGE_SIZE) {
                break;
            }
        }
        if (found.size() > wanted) {
            List<OpenProject> page = found.subList(0, wanted);
            return new Page(List.copyOf(page), page.get(page.size() - 1).id());
        }
        return new Page(List.copyOf(found), null);
    }

    /** The open project, or empty when there is no such project or it is not open. */
    public Optional<OpenProject> find(ProjectId id) {
        return projects.find(id)
                .flatMap(record -> open(List.of(record), true).stream().findFirst());
    }

    /** The open projects' statistics (counts and sums only). */
    public ProjectStatistics statistics() {
        ProjectStatistics.Tally tally = new ProjectStatistics.Tally();
        forEachOpen(tally::add);
        return tally.statistics();
    }

    /** Hands every open project to the reader, a batch at a time, in id order. */
    public void forEachOpen(Consumer<List<OpenProject>> reader) {
        walk(true, reader);
    }

    /** Every project's facts, open or not: for the signed-in analytics of advisers and administrators alone. */
    void forEachProject(Consumer<List<OpenProject>> reader) {
        walk(false, reader);
    }

    private void walk(boolean openOnly, Consumer<List<OpenProject>> reader) {
        ProjectId cursor = null;
        while (true) {
            List<ProjectRecord> batch = projects.page(cursor, MAX_PAGE_SIZE);
            if (batch.isEmpty()) {
                return;
            }
            List<OpenProject> facts = open(batch, openOnly);
            if (!facts.isEmpty()) {
                reader.accept(facts);
            }
            if (batch.size() < MAX_PAGE_SIZE) {
                return;
            }
            cursor = batch.get(batch.size() - 1).id();
        }
    }

    private List<OpenProject> open(List<ProjectRecord> batch, boolean openOnly) {
        List<ProjectId> ids = batch.stream().map(ProjectRecord::id).toList();
        Map<ProjectId, ProjectDialogue> dialogue = dialogues.forProjects(ids);
        List<ProjectRecord> shown = batch.stream()
                .filter(record -> !openOnly || isOpen(record, dialogue.containsKey(record.id())))
                .toList();
        if (shown.isEmpty()) {
            return List.of();
        }
        List<ProjectId> shownIds = shown.stream().map(ProjectRecord::id).toList();
        Map<OrganisationId, OrganisationSummary> buyers = organisations.find(
                shown.stream().map(ProjectRecord::organisation).collect(Collectors.toSet()));
        Map<ProjectId, Granted> granted = riskRelief.grantedTo(shownIds);
        Map<ProjectId, ProjectBenefits> figures = benefits(shownIds);
        List<OpenProject> open = new ArrayList<>(shown.size());
        for (ProjectRecord record : shown) {
            OrganisationSummary buyer = buyers.get(record.organisation());
            if (buyer == null) {
                continue;
            }
            open.add(of(record, buyer, dialogue.get(record.id()), granted.get(record.id()), figures.get(record.id())));
        }
        return open;
    }

    /** A signed mandate or a published dialogue makes a project public; anything less is a draft. */
    static boolean isOpen(ProjectRecord record, boolean dialoguePublished) {
        return record.mandate() == MandateState.SIGNED || dialoguePublished;
    }

    private Map<ProjectId, ProjectBenefits> benefits(Collection<ProjectId> ids) {
        return benefits.findByProjectIdIn(ids.stream().map(ProjectId::value).toList()).stream()
                .collect(Collectors.toMap(copy -> new ProjectId(copy.projectId()), Function.identity()));
    }

    private static OpenProject of(
            ProjectRecord record,
            OrganisationSummary buyer,
            @Nullable ProjectDialogue dialogue,
            @Nullable Granted granted,
            @Nullable ProjectBenefits figures) {
        return new OpenProject(
                record.id(),
                record.organisation(),
                record.title(),
                record.need(),
                buyer.name(),
                buyer.orgNumber().value(),
                buyer.type(),
                record.procedure(),
                record.cpvCodes(),
                record.nutsCode(),
                record.estimatedValue(),
                record.status(),
                record.currentStep(),
                record.mandate() == MandateState.SIGNED,
                record.createdAt(),
                record.completedSteps(),
                dialogue == null
                        ? null
                        : new OpenProject.Dialogue(
                                dialogue.firstPublishedAt(), dialogue.announcements(), dialogue.registrations()),
                granted == null
                        ? OpenProject.RiskRelief.NONE
                        : new OpenProject.RiskRelief(granted.grants(), granted.kroner()),
                figures == null ? null : benefits(figures));
    }

    private static OpenProject.Benefits benefits(ProjectBenefits figures) {
        List<String> titles = figures.showcased()
                ? figures.figures().stream().map(Figure::title).toList()
                : List.of();
        return new OpenProject.Benefits(
                figures.benefits(),
                figures.measured(),
                figures.realised(),
                figures.plannedNok().kroner(),
                figures.realisedNok().kroner(),
                figures.showcased(),
                titles);
    }
}
