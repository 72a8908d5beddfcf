package no.innomotor.riskrelief;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.innomotor.organisations.MemberSummary;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.riskrelief.RiskReliefExceptions.SchemeNotFound;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the risk-relief pages and the API read, with the same rules for both ({@link RiskReliefAccess}). */
@Service
@Transactional(readOnly = true)
public class RiskReliefQueries {

    private final SchemeRepository schemes;
    private final LedgerRepository ledgers;
    private final ApplicationRepository applications;
    private final ApplicationFileRepository files;
    private final RiskReliefAccess access;
    private final OrganisationsManagement organisations;
    private final Clock clock;

    RiskReliefQueries(
            SchemeRepository schemes,
            LedgerRepository ledgers,
            ApplicationRepository applications,
            ApplicationFileRepository files,
            RiskReliefAccess access,
            OrganisationsManagement organisations,
            Clock clock) {
        this.schemes = schemes;
        this.ledgers = ledgers;
        this.applications = applications;
        this.files = files;
        this.access = access;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The schemes the person's organisations own (drafts too), then every published scheme, soonest deadline first. */
    public List<SchemeView> schemes(CurrentUser user) {
        LocalDate today = NorwegianTime.today(clock);
        Map<UUID, SchemeView> found = new LinkedHashMap<>();
        List<UUID> owners = user.organisationsWithRole(Role.INSTRUMENT_ACTOR).stream()
                .map(OrganisationId::value)
                .toList();
        if (!owners.isEmpty()) {
            schemes.findByOwnerIdInOrderByCreatedAtDesc(owners)
                    .forEach(s -> found.put(s.id().value(), view(s, user, today, null, List.of())));
        }
        if (RiskReliefAccess.readsPublished(user)) {
            schemes.findByStatusOrderByDeadline(SchemeStatus.PUBLISHED)
                    .forEach(s -> found.putIfAbsent(s.id().value(), view(s, user, today, null, List.of())));
        }
        return List.copyOf(found.values());
    }

    /** An organisation's published schemes, by name: what an instrument of that organisation may apply through. */
    public List<PublishedScheme> publishedSchemes(OrganisationId owner) {
        return schemes.findByOwnerIdInOrderByCreatedAtDesc(List.of(owner.value())).stream()
                .filter(Scheme::published)
                .map(PublishedScheme::of)
                .sorted(Comparator.comparing(PublishedScheme::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** A published scheme; a draft or an unknown id is empty. */
    public java.util.Optional<PublishedScheme> publishedScheme(SchemeId id) {
        return schemes.findById(id.value()).filter(Scheme::published).map(PublishedScheme::of);
    }

    /** A scheme; its owner also reads the ledger and the submitted applications. */
    public SchemeView scheme(SchemeId id, CurrentUser user) {
        Scheme scheme = access.visibleScheme(id, user);
        LocalDate today = NorwegianTime.today(clock);
        if (!RiskReliefAccess.owns(user, scheme.owner())) {
            return view(scheme, user, today, null, List.of());
        }
        List<ApplicationListItem> list = applications.findBySchemeIdOrderByCreatedAtDesc(id.value()).stream()
                .filter(a -> RiskReliefAccess.owner(user, a))
                .map(a -> item(a, ApplicationListItem.As.OWNER))
                .toList();
        return view(scheme, user, today, ledger(scheme), list);
    }

    /** The ledger, for the owner's actors only; to anyone else the scheme's ledger is not found. */
    public LedgerView ledger(SchemeId id, CurrentUser user) {
        return ledger(access.ownedScheme(id, user));
    }

    /** The person's applications: as applicant, as owner of the scheme, as assessor; each once, newest first. */
    public List<ApplicationListItem> applications(CurrentUser user) {
        Map<UUID, ApplicationListItem> found = new LinkedHashMap<>();
        Set<UUID> applicants = new LinkedHashSet<>();
        user.organisationsWithRole(Role.BUYER).forEach(o -> applicants.add(o.value()));
        user.organisationsWithRole(Role.SUPPLIER).forEach(o -> applicants.add(o.value()));
        if (!applicants.isEmpty()) {
            applications.findByApplicantIdInOrderByCreatedAtDesc(applicants).stream()
                    .filter(a -> RiskReliefAccess.applicant(user, a) && RiskReliefAccess.readable(user, a))
                    .forEach(a -> found.put(a.id().value(), item(a, ApplicationListItem.As.APPLICANT)));
        }
        List<UUID> owners = user.organisationsWithRole(Role.INSTRUMENT_ACTOR).stream()
                .map(OrganisationId::value)
                .toList();
        if (!owners.isEmpty()) {
            applications.ofOwners(owners).stream()
                    .filter(a -> RiskReliefAccess.owner(user, a))
                    .forEach(a -> found.putIfAbsent(a.id().value(), item(a, ApplicationListItem.As.OWNER)));
        }
        applications.assignedTo(user.personId().value()).stream()
                .filter(a -> RiskReliefAccess.assessor(user, a))
                .forEach(a -> found.putIfAbsent(a.id().value(), item(a, ApplicationListItem.As.ASSESSOR)));
        return List.copyOf(found.values());
    }

    public ApplicationView application(ApplicationId id, CurrentUser user) {
        RiskReliefApplication application = access.readableApplication(id, user);
        Scheme scheme = schemes.findById(application.scheme().value())
                .orElseThrow(() -> new SchemeNotFound(application.scheme()));
        return view(application, scheme, user);
    }

    /** Whom the owner may assign: not yet assigned, not the owner's reader themselves. */
    public List<AssessorCandidate> candidates(ApplicationId id, CurrentUser user) {
        RiskReliefApplication application = access.asOwner(id, user);
        return candidates(organisations, application).stream()
                .filter(c -> application.assignment(c.id()).isEmpty())
                .filter(c -> !c.id().equals(user.personId()))
                .toList();
    }

    /**
     * The platform's jury members and the scheme owner's instrument actors, less everyone who belongs to the
     * applicant's organisation in any role.
     */
    static List<AssessorCandidate> candidates(
            OrganisationsManagement organisations, RiskReliefApplication application) {
        Set<PersonId> applicantPeople = new java.util.HashSet<>();
        for (MemberSummary member : organisations.members(application.applicant())) {
            applicantPeople.add(member.person().id());
        }
        Map<PersonId, AssessorCandidate> found = new LinkedHashMap<>();
        String ownerName = organisations
                .find(application.schemeOwner())
                .map(OrganisationSummary::name)
                .orElse("");
        List<OrganisationSummary> all = organisations.all();
        Map<OrganisationId, String> names = new HashMap<>();
        all.forEach(o -> names.put(o.id(), o.name()));
        organisations
                .peopleWithRole(all.stream().map(OrganisationSummary::id).toList(), Role.JURY)
                .forEach((org, people) -> {
                    for (PersonSummary person : people) {
                        found.putIfAbsent(
                                person.id(),
                                new AssessorCandidate(
                                        person.id(), person.displayName(), names.getOrDefault(org, ""), true));
                    }
                });
        for (PersonSummary person : organisations.peopleWithRole(application.schemeOwner(), Role.INSTRUMENT_ACTOR)) {
            found.putIfAbsent(person.id(), new AssessorCandidate(person.id(), person.displayName(), ownerName, false));
        }
        return found.values().stream()
                .filter(c -> !applicantPeople.contains(c.id()))
                .sorted(Comparator.comparing(AssessorCandidate::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    // ---- views ----

    LedgerView ledger(Scheme scheme) {
        return new LedgerView(
                scheme.id().toString(),
                scheme.name(),
                scheme.kind(),
                ledgers.findBySchemeIdOrderByPeriodYear(scheme.id().value()).stream()
                        .map(Ledger::view)
                        .toList());
    }

    static SchemeView view(
            Scheme scheme,
            CurrentUser user,
            LocalDate today,
            @Nullable LedgerView ledger,
            List<ApplicationListItem> applications) {
        return new SchemeView(
                scheme.id(),
                scheme.owner(),
                scheme.ownerName(),
                scheme.name(),
                scheme.description(),
                scheme.kind(),
                scheme.audience(),
                scheme.deadline(),
                scheme.status(),
                scheme.criteria().stream().map(Criterion::view).toList(),
                scheme.categories(),
                scheme.version(),
                RiskReliefAccess.owns(user, scheme.owner()),
                scheme.open(today),
                ledger,
                applications);
    }

    static ApplicationListItem item(RiskReliefApplication a, ApplicationListItem.As as) {
        return new ApplicationListItem(
                a.id(),
                a.scheme().toString(),
                a.schemeName(),
                a.projectTitle(),
                a.applicantName(),
                a.status(),
                a.amountRequested(),
                a.submittedAt(),
                a.outcome(),
                as);
    }

    private ApplicationView view(RiskReliefApplication a, Scheme scheme, CurrentUser user) {
        LocalDate today = NorwegianTime.today(clock);
        boolean applicant = RiskReliefAccess.applicant(user, a);
        boolean owner = RiskReliefAccess.owner(user, a);
        boolean assessor = RiskReliefAccess.assessor(user, a);
        Map<UUID, Integer> weights = new HashMap<>();
        Map<UUID, String> names = new LinkedHashMap<>();
        for (Criterion c : scheme.criteria()) {
            weights.put(c.id(), c.weight());
            names.put(c.id(), c.view().name());
        }
        List<ApplicationView.Assessment> all =
                a.assignments().stream().map(s -> s.view(weights, names)).toList();
        ApplicationView.Assessment own = assessor
                ? all.stream()
                        .filter(s -> s.assessorId().equals(user.personId().toString()))
                        .findFirst()
                        .orElse(null)
                : null;
        Map<UUID, String> answers = a.answers();
        List<ApplicationView.Answer> answerLines = new ArrayList<>();
        for (Criterion c : scheme.criteria()) {
            answerLines.add(new ApplicationView.Answer(c.view(), answers.getOrDefault(c.id(), "")));
        }
        ApplicationStatus status = a.status();
        boolean submitted = status == ApplicationStatus.SUBMITTED;
        boolean decided = status == ApplicationStatus.DECIDED;
        boolean inAssessors = a.assignment(user.personId()).isPresent();
        ApplicationView.Permissions can = new ApplicationView.Permissions(
                applicant && status == ApplicationStatus.DRAFT,
                applicant && status == ApplicationStatus.DRAFT,
                applicant && submitted,
                owner && submitted,
                own != null && submitted && own.conflict() == null,
                own != null && submitted && Boolean.FALSE.equals(own.conflict()) && !own.submitted(),
                owner && submitted && !inAssessors && a.consolidatedCount() >= 2,
                applicant && decided && a.milestones().stream().anyMatch(m -> !m.paid()),
                owner && decided && a.milestones().stream().anyMatch(m -> m.reported() && !m.paid()),
                applicant
                        && decided
                        && a.outcome() != RiskReliefEvents.Outcome.REJECTED
                        && a.milestones().stream().allMatch(Milestone::reported));
        return new ApplicationView(
                a.id(),
                a.scheme().toString(),
                scheme.name(),
                scheme.ownerName(),
                scheme.kind(),
                a.project(),
                a.projectTitle(),
                a.projectNeed(),
                a.projectOwnerName(),
                a.projectValue(),
                a.projectStep(),
                a.applicantName(),
                a.applicantKind(),
                status,
                a.amountRequested(),
                a.periodStart(),
                a.periodEnd(),
                a.categories(),
                scheme.categories(),
                a.summary(),
                answerLines,
                a.createdAt(),
                a.submittedAt(),
                a.outcome(),
                a.outcome() == null ? null : a.amountGranted(),
                a.conditions(),
                a.decidedAt(),
                a.letterPdf() != null && (applicant || owner),
                a.finalReport(),
                a.closedAt(),
                a.history(),
                owner ? all : List.of(),
                owner ? a.consolidated(weights) : null,
                a.milestones().stream().map(m -> m.view(today)).toList(),
                files.lines(a.id().value()),
                a.version(),
                new ApplicationView.Reader(applicant, owner, own),
                can);
    }
}
