package no.innomotor.projects;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import no.innomotor.notices.MarketConsultationCheck;
import no.innomotor.notices.MarketConsultationData;
import no.innomotor.notices.MarketConsultationExporter;
import no.innomotor.notices.MarketConsultationLanguage;
import no.innomotor.notices.MarketConsultationNotice;
import no.innomotor.notices.MarketConsultationText;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.projects.ProjectEvents.MarketConsultationNoticeExported;
import no.innomotor.shared.BaseUrl;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrgNumber;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.RoadmapStep;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The eForms notice that announces a project's market dialogue (seed measure M8): the buyer's notice data, the
 * checklist of what the chosen notice still lacks, and the export, filled from the project and its organisation.
 *
 * <p>Everyone who sees the project reads the notice page; only a buyer of the owning organisation changes the data
 * or exports. The data can be prepared in any step until the project ends; the export is refused before step 3
 * (market dialogue) and while the project is paused, stopped or completed (see decision record 0004).
 */
@Service
@Transactional
public class ConsultationNoticeManagement {

    /** The version a form carries before the notice data was first saved. */
    public static final long NEW = -1;

    private final ProjectQueries projects;
    private final ConsultationNoticeRepository notices;
    private final OrganisationsManagement organisations;
    private final ProjectReferenceChecks checks;
    private final MarketConsultationCheck check;
    private final MarketConsultationExporter exporter;
    private final ApplicationEventPublisher events;
    private final List<PublishedDialogues> dialogues;
    private final String baseUrl;
    private final Clock clock;

    ConsultationNoticeManagement(
            ProjectQueries projects,
            ConsultationNoticeRepository notices,
            OrganisationsManagement organisations,
            ProjectReferenceChecks checks,
            MarketConsultationCheck check,
            MarketConsultationExporter exporter,
            ApplicationEventPublisher events,
            List<PublishedDialogues> dialogues,
            @Value("${innomotor.base-url}") String baseUrl,
            Clock clock) {
        this.projects = projects;
        this.notices = notices;
        this.organisations = organisations;
        this.checks = checks;
        this.check = check;
        this.exporter = exporter;
        this.events = events;
        this.dialogues = List.copyOf(dialogues);
        this.baseUrl = BaseUrl.trimmed(baseUrl);
        this.clock = clock;
    }

    /** The notice page; a project the person may not see is not found. */
    @Transactional(readOnly = true)
    public ConsultationNoticeView view(ProjectId id, CurrentUser user) {
        ProjectDetails project = projects.get(id, user);
        Optional<ConsultationNotice> saved = notices.findById(id.value());
        Optional<PublishedDialogue> dialogue = dialogue(id);
        ConsultationNoticeDetails details = effective(project, saved, dialogue);
        Optional<OrganisationSummary> owner = organisations.find(project.organisation());
        List<MarketConsultationCheck.Item> checklist =
                check.check(data(project, details, owner, dialogue), details.noticeType());
        String updatedBy = saved.map(ConsultationNotice::updatedBy)
                .flatMap(organisations::findPerson)
                .map(PersonSummary::displayName)
                .orElse(null);
        return new ConsultationNoticeView(
                project,
                details,
                saved.isPresent(),
                saved.map(ConsultationNotice::version).orElse(NEW),
                saved.map(ConsultationNotice::updatedAt).orElse(null),
                updatedBy,
                owner.map(OrganisationSummary::name).orElse(null),
                owner.map(org -> org.orgNumber().formatted()).orElse(null),
                dialogue.map(PublishedDialogue::cpvCodes)
                        .filter(codes -> !codes.isEmpty())
                        .orElse(project.cpvCodes()),
                dialogue.orElse(null),
                checklist,
                project.can().edit() && !project.status().isFinal(),
                project.can().edit(),
                exportBlocked(project));
    }

    /**
     * Saves the notice data as a whole, from the version the person saw ({@link #NEW} before the first save). A
     * newer version refuses with what is saved now; a NUTS code outside Norway or a malformed organisation number
     * refuses with the field named.
     */
    public void save(ProjectId id, ConsultationNoticeDetails details, long expectedVersion, CurrentUser user) {
        ProjectDetails project = editable(id, user);
        if (project.status().isFinal()) {
            throw new ProjectNotActive(id, project.status());
        }
        requireRegion("buyerNuts", details.buyerNuts());
        requireRegion("reviewNuts", details.reviewNuts());
        String reviewOrgNumber = details.reviewOrgNumber();
        if (reviewOrgNumber != null && OrgNumber.parse(reviewOrgNumber).isEmpty()) {
            throw new ProjectInputRejected(
                    "reviewOrgNumber",
                    "projects.notice.orgNumber.invalid",
                    "Malformed review body organisation number");
        }
        PersonId by = user.personId();
        Optional<ConsultationNotice> existing = notices.findById(id.value());
        ConsultationNotice notice;
        if (existing.isPresent()) {
            notice = existing.get();
            notice.change(details, expectedVersion, project.organisation(), by, clock.instant());
        } else {
            if (expectedVersion != NEW) {
                throw new ConsultationNoticeChanged(ConsultationNoticeDetails.empty(), NEW);
            }
            notice = new ConsultationNotice(id, project.organisation(), details, by, clock.instant());
        }
        // Flushed here, so a concurrent save refuses before anything is recorded.
        notices.saveAndFlush(notice);
    }

    /**
     * Exports the chosen notice. Refused with access denied for anyone but a buyer of the owning organisation, with
     * {@link NoticeExportNotAllowed} before step 3 or when the project is not active, and with the notices module's
     * {@code MarketConsultationIncomplete} (carrying the checklist) when the data lacks something.
     */
    public MarketConsultationNotice export(ProjectId id, CurrentUser user) {
        ProjectDetails project = editable(id, user);
        String blocked = exportBlocked(project);
        if (blocked != null) {
            throw new NoticeExportNotAllowed(
                    blocked,
                    "No notice export for project " + id + " in step "
                            + project.currentStep().number() + ", " + project.status());
        }
        Optional<PublishedDialogue> dialogue = dialogue(id);
        ConsultationNoticeDetails details = effective(project, notices.findById(id.value()), dialogue);
        MarketConsultationNotice notice = exporter.export(
                data(project, details, organisations.find(project.organisation()), dialogue), details.noticeType());
        events.publishEvent(new MarketConsultationNoticeExported(
                user.personId(), project.organisation(), id, notice.type(), notice.noticeId(), notice.fileName()));
        return notice;
    }

    private ProjectDetails editable(ProjectId id, CurrentUser user) {
        ProjectDetails project = projects.get(id, user);
        if (!project.can().edit()) {
            throw new AccessDeniedException("Only a buyer of the owning organisation prepares and exports notices");
        }
        return project;
    }

    private void requireRegion(String field, @Nullable String code) {
        if (code != null) {
            checks.requireRegion(field, code);
        }
    }

    /** Why the project cannot export now, as a message key, or null when it can. */
    static @Nullable String exportBlocked(ProjectDetails project) {
        if (project.status() != ProjectStatus.ACTIVE) {
            return "projects.notice.export.blocked." + project.status().name();
        }
        if (project.currentStep().number() < RoadmapStep.MARKET_DIALOGUE.number()) {
            return "projects.notice.export.blocked.early";
        }
        return null;
    }

    /** The project's published market-dialogue announcement, through the module that runs dialogues. */
    private Optional<PublishedDialogue> dialogue(ProjectId id) {
        return dialogues.stream()
                .map(source -> source.newestPublished(id))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /**
     * What the notice says: the buyer's saved data; where it is empty, the published announcement's (title, need,
     * deadline, dialogue period, contact, its public page as the response address); then the project's.
     */
    private ConsultationNoticeDetails effective(
            ProjectDetails project, Optional<ConsultationNotice> saved, Optional<PublishedDialogue> dialogue) {
        ConsultationNoticeDetails details =
                saved.map(ConsultationNotice::details).orElseGet(ConsultationNoticeDetails::empty);
        if (dialogue.isPresent()) {
            details = details.withDialogue(dialogue.get(), baseUrl);
        }
        return details.withDefaults(
                project.title(), project.need(), project.nutsCode().value());
    }

    /**
     * The notice's data: the buyer's details with what the project and its organisation already know; the CPV codes
     * and the place of performance the announcement published, when there is one.
     */
    static MarketConsultationData data(
            ProjectDetails project,
            ConsultationNoticeDetails details,
            Optional<OrganisationSummary> owner,
            Optional<PublishedDialogue> dialogue) {
        List<CpvCode> cpv = dialogue.map(PublishedDialogue::cpvCodes)
                .filter(codes -> !codes.isEmpty())
                .orElse(project.cpvCodes());
        NutsCode place = dialogue.map(PublishedDialogue::nutsCode).orElse(project.nutsCode());
        return MarketConsultationData.builder()
                .buyer(
                        owner.map(OrganisationSummary::name).orElse(null),
                        owner.map(org -> org.orgNumber().value()).orElse(null))
                .buyerType(owner.map(org -> legalType(org.type())).orElse(null), null)
                .buyerAddress(details.buyerTown(), details.buyerPostcode(), nuts(details.buyerNuts()))
                .contact(details.contactName(), details.contactEmail(), details.contactPhone())
                .title(new MarketConsultationText(details.titleNorwegian(), details.titleEnglish()))
                .description(new MarketConsultationText(details.descriptionNorwegian(), details.descriptionEnglish()))
                .cpv(cpv.isEmpty() ? null : cpv.get(0), cpv.size() > 1 ? cpv.subList(1, cpv.size()) : List.of())
                .placesOfPerformance(List.of(place))
                .estimatedValue(project.estimatedValue().isZero() ? null : project.estimatedValue())
                .responseDeadline(details.responseDeadline())
                .dialoguePeriod(details.dialogueStart(), details.dialogueEnd())
                .plannedCompetitionNotice(details.plannedCompetitionNotice())
                .responseUrl(details.responseUrl())
                .reviewBody(
                        details.hasReviewBody()
                                ? new MarketConsultationData.ReviewBody(
                                        details.reviewName(),
                                        details.reviewOrgNumber(),
                                        details.reviewTown(),
                                        details.reviewPostcode(),
                                        nuts(details.reviewNuts()))
                                : null)
                .languages(details.languages().toArray(new MarketConsultationLanguage[0]))
                .build();
    }

    private static @Nullable NutsCode nuts(@Nullable String code) {
        return code == null ? null : NutsCode.parse(code).orElse(null);
    }

    /**
     * BT-11 from the kind of organisation: municipalities are local authorities, counties regional authorities, state
     * agencies central government authorities; anything else the SDK's default, a body governed by public law.
     */
    static @Nullable String legalType(OrganisationType type) {
        switch (type) {
            case MUNICIPALITY:
                return "la";
            case COUNTY:
                return "ra";
            case STATE_AGENCY:
                return "cga";
            default:
                return null;
        }
    }
}
