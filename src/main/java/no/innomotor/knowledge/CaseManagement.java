package no.innomotor.knowledge;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import no.innomotor.dialogue.DialogueQueries;
import no.innomotor.funding.EntryView;
import no.innomotor.funding.FundingQueries;
import no.innomotor.funding.FundingSource;
import no.innomotor.knowledge.CaseExceptions.CaseChangedConcurrently;
import no.innomotor.knowledge.CaseExceptions.CaseNotFound;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.projects.ProjectDetails;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectQueries;
import no.innomotor.projects.ProjectRecord;
import no.innomotor.projects.ProjectRecords;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds and keeps a project's case: on the platform's behalf when the project reaches step 8 or completes, or when
 * one of its buyers asks for it; the buyers write the lessons and publish. Everyone else who reads the project
 * (its top leaders, advisers, administrators) reads the draft and is refused the commands (403); anyone else is
 * told the project does not exist.
 */
@Service
@Transactional
public class CaseManagement {

    private final CaseStudyRepository cases;
    private final ProjectRecords records;
    private final ProjectQueries projects;
    private final DialogueQueries dialogue;
    private final FundingQueries funding;
    private final OrganisationsManagement organisations;
    private final Clock clock;

    CaseManagement(
            CaseStudyRepository cases,
            ProjectRecords records,
            ProjectQueries projects,
            DialogueQueries dialogue,
            FundingQueries funding,
            OrganisationsManagement organisations,
            Clock clock) {
        this.cases = cases;
        this.records = records;
        this.projects = projects;
        this.dialogue = dialogue;
        this.funding = funding;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Builds the case, or rebuilds it from the project's record as it stands now; the buyers' lessons stay. */
    public CaseId build(ProjectId project, CurrentUser user) {
        keeper(project, user);
        return rebuild(project, user.personId());
    }

    /** On the platform's behalf: the project reached step 8 or completed. */
    CaseId buildOnPlatformBehalf(ProjectId project) {
        return rebuild(project, null);
    }

    /** Refuses anyone but the project's buyers, before a form is read: 404 outside the project, 403 for its readers. */
    public void authoriseKeeper(ProjectId project, CurrentUser user) {
        keeper(project, user);
    }

    /** Writes the lessons; a case not yet built is built first from the project's record. */
    public void writeLessons(ProjectId project, Lessons lessons, long expectedVersion, CurrentUser user) {
        keeper(project, user);
        if (cases.findByProjectId(project.value()).isEmpty()) {
            rebuild(project, user.personId());
        }
        CaseStudy found = current(project, expectedVersion);
        found.writeLessons(lessons, user.personId());
        cases.save(found);
    }

    public void publish(ProjectId project, long expectedVersion, CurrentUser user) {
        keeper(project, user);
        CaseStudy found = current(project, expectedVersion);
        found.publish(user.personId(), clock.instant());
        cases.save(found);
    }

    private CaseId rebuild(ProjectId project, @Nullable PersonId actor) {
        ProjectRecord record = records.find(project).orElseThrow(() -> new CaseNotFound(project));
        String organisationName = organisations
                .find(record.organisation())
                .map(OrganisationSummary::name)
                .orElse("");
        CaseStudy found =
                cases.findByProjectId(project.value()).orElseGet(() -> new CaseStudy(record, organisationName));
        found.build(record, organisationName, dialogue.figures(project), used(project), actor, clock.instant());
        return cases.save(found).caseId();
    }

    private List<CaseFunding> used(ProjectId project) {
        return funding.entriesOf(project).stream().map(CaseManagement::funding).toList();
    }

    private static CaseFunding funding(EntryView entry) {
        return new CaseFunding(
                entry.instrumentName(),
                entry.actorName(),
                entry.source() == FundingSource.RISK_RELIEF,
                entry.status().name(),
                entry.amountApplied().amount().longValue(),
                entry.amountGranted() == null
                        ? null
                        : entry.amountGranted().amount().longValue());
    }

    private CaseStudy current(ProjectId project, long expectedVersion) {
        CaseStudy found = cases.findByProjectId(project.value()).orElseThrow(() -> new CaseNotFound(project));
        if (found.version() != expectedVersion) {
            throw new CaseChangedConcurrently(found.caseId());
        }
        return found;
    }

    /** The project's buyers keep its case; its other readers are refused, anyone else does not see the project. */
    ProjectDetails keeper(ProjectId project, CurrentUser user) {
        ProjectDetails details = projects.get(project, user);
        if (!details.can().edit()) {
            throw new AccessDeniedException("Only the project's buyers keep its case");
        }
        return details;
    }

    Optional<CaseStudy> of(ProjectId project) {
        return cases.findByProjectId(project.value());
    }
}
