package no.innomotor.riskrelief;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.projects.ProjectDetails;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectQueries;
import no.innomotor.projects.ProjectTeam;
import no.innomotor.projects.ProjectTeams;
import no.innomotor.projects.PublishedDialogue;
import no.innomotor.projects.PublishedDialogues;
import no.innomotor.riskrelief.RiskReliefExceptions.BudgetExceeded;
import no.innomotor.riskrelief.RiskReliefExceptions.FileNotFound;
import no.innomotor.riskrelief.RiskReliefExceptions.ProjectNotOpen;
import no.innomotor.riskrelief.RiskReliefExceptions.Refused;
import no.innomotor.riskrelief.RiskReliefExceptions.SchemeNotFound;
import no.innomotor.shared.DomainException;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.files.UploadInspector;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk-relief module's commands. Every command checks the person's right first ({@link RiskReliefAccess}); the
 * aggregates record what happened as events, published on save; versions refuse changes made from older ones; the
 * ledger is changed only by conditional updates, so no decision takes a period's remainder below zero.
 */
@Service
@Transactional
public class RiskReliefManagement {

    /** Attachments: 10 MB each, the types the platform's upload inspector accepts. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private final SchemeRepository schemes;
    private final LedgerRepository ledgers;
    private final ApplicationRepository applications;
    private final ApplicationFileRepository files;
    private final RiskReliefAccess access;
    private final OrganisationsManagement organisations;
    private final ProjectQueries projects;
    private final ProjectTeams teams;
    private final PublishedDialogues dialogues;
    private final DecisionLetter letters;
    private final Clock clock;
    private final UploadInspector inspector = new UploadInspector(MAX_BYTES);

    RiskReliefManagement(
            SchemeRepository schemes,
            LedgerRepository ledgers,
            ApplicationRepository applications,
            ApplicationFileRepository files,
            RiskReliefAccess access,
            OrganisationsManagement organisations,
            ProjectQueries projects,
            ProjectTeams teams,
            PublishedDialogues dialogues,
            DecisionLetter letters,
            Clock clock) {
        this.schemes = schemes;
        this.ledgers = ledgers;
        this.applications = applications;
        this.files = files;
        this.access = access;
        this.organisations = organisations;
        this.projects = projects;
        this.teams = teams;
        this.dialogues = dialogues;
        this.letters = letters;
        this.clock = clock;
    }

    // ---- schemes ----

    /** A draft scheme of {@code owner}, with its first period's budget or capacity; only its actors make one. */
    public SchemeId createScheme(OrganisationId owner, SchemeInput input, CurrentUser user) {
        if (!RiskReliefAccess.owns(user, owner)) {
            throw new AccessDeniedException("Only an instrument actor of the organisation makes its schemes");
        }
        checkAmount(input.amount());
        OrganisationSummary org = organisations.find(owner).orElseThrow(() -> new AccessDeniedException("No org"));
        Scheme scheme = new Scheme(SchemeId.random(), owner, org.name(), input, user.personId(), clock.instant());
        schemes.saveAndFlush(scheme);
        ledgers.saveAndFlush(new Ledger(scheme.id(), input.periodYear(), input.amount()));
        return scheme.id();
    }

    /** Changes a draft; the first period's budget follows the form while nothing is committed from it. */
    public void changeScheme(SchemeId id, SchemeInput input, long expectedVersion, CurrentUser user) {
        Scheme scheme = access.ownedScheme(id, user);
        checkAmount(input.amount());
        scheme.change(input, expectedVersion, user.personId());
        schemes.saveAndFlush(scheme);
        var periods = ledgers.findBySchemeIdOrderByPeriodYear(id.value());
        if (periods.size() == 1 && periods.get(0).view().committed() == 0) {
            ledgers.delete(periods.get(0));
            ledgers.flush();
            ledgers.saveAndFlush(new Ledger(id, input.periodYear(), input.amount()));
        }
    }

    public void publishScheme(SchemeId id, long expectedVersion, CurrentUser user) {
        Scheme scheme = access.ownedScheme(id, user);
        scheme.publish(expectedVersion, user.personId(), clock.instant());
        schemes.saveAndFlush(scheme);
    }

    /** Adds a period's budget (kroner) or capacity (hours); a period has one. */
    public void addBudget(SchemeId id, int year, long amount, CurrentUser user) {
        Scheme scheme = access.ownedScheme(id, user);
        checkAmount(amount);
        if (ledgers.findBySchemeIdAndPeriodYear(id.value(), year).isPresent()) {
            throw new Refused("riskrelief.error.periodExists", "budgetYear", "Period " + year + " exists", year);
        }
        ledgers.saveAndFlush(new Ledger(id, year, amount));
        scheme.budgetAdded(year, amount, user.personId());
        schemes.save(scheme);
    }

    // ---- applying ----

    /**
     * What a new application for the project starts from. A buyer applies for a project of its own organisation that
     * it works on; a supplier company for a project with a published market dialogue. The scheme is published, open,
     * and meant for the applicant; otherwise a project the person may not apply for is not found.
     */
    @Transactional(readOnly = true)
    public NewApplication start(SchemeId schemeId, ProjectId project, CurrentUser user) {
        Scheme scheme = access.visibleScheme(schemeId, user);
        if (!scheme.published()) {
            throw new SchemeNotFound(schemeId);
        }
        Applicant applicant = applicant(project, user);
        if (!scheme.audience().admits(applicant.kind())) {
            throw new Refused("riskrelief.error.audience." + scheme.audience(), "", "Not for this applicant");
        }
        if (!scheme.open(NorwegianTime.today(clock))) {
            throw new Refused("riskrelief.error.deadlinePassed", "", "Scheme closed");
        }
        ApplicationId existing =
                applications
                        .findByApplicantIdInOrderByCreatedAtDesc(
                                java.util.List.of(applicant.organisation().value()))
                        .stream()
                        .filter(a -> a.scheme().equals(schemeId) && a.project().equals(project))
                        .filter(a -> a.status() != ApplicationStatus.WITHDRAWN)
                        .map(RiskReliefApplication::id)
                        .findFirst()
                        .orElse(null);
        RiskReliefApplication.ProjectFacts facts = applicant.facts();
        return new NewApplication(
                RiskReliefQueries.view(scheme, user, NorwegianTime.today(clock), null, java.util.List.of()),
                project,
                facts.title(),
                facts.need(),
                facts.ownerName(),
                facts.estimatedValue(),
                facts.step(),
                applicant.name(),
                applicant.kind(),
                existing);
    }

    /**
     * Whether the person may start (or already has) an application to the scheme for the project, by the rules of
     * {@link #start}: a published, open scheme meant for them, and a project they may apply for. No transaction of its
     * own (each read runs in its own), so a refusal read on the way rolls nothing back.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public boolean mayApply(SchemeId schemeId, ProjectId project, CurrentUser user) {
        try {
            Scheme scheme = access.visibleScheme(schemeId, user);
            return scheme.published()
                    && scheme.open(NorwegianTime.today(clock))
                    && scheme.audience().admits(applicant(project, user).kind());
        } catch (DomainException refused) {
            return false;
        }
    }

    /** Saves a new draft; one application per applicant, scheme and project (a withdrawn one may be made again). */
    public ApplicationId createApplication(
            SchemeId schemeId, ProjectId project, ApplicationInput input, CurrentUser user) {
        NewApplication start = start(schemeId, project, user);
        if (start.existing() != null) {
            throw new RiskReliefExceptions.WrongState("riskrelief.error.alreadyApplied", "Applied already");
        }
        Scheme scheme = access.visibleScheme(schemeId, user);
        Applicant applicant = applicant(project, user);
        RiskReliefApplication application = new RiskReliefApplication(
                ApplicationId.random(),
                scheme,
                applicant.facts(),
                applicant.organisation(),
                applicant.name(),
                applicant.kind(),
                input,
                user.personId(),
                user.displayName(),
                clock.instant());
        return applications.saveAndFlush(application).id();
    }

    public void editApplication(ApplicationId id, ApplicationInput input, long expectedVersion, CurrentUser user) {
        RiskReliefApplication application = access.asApplicant(id, user);
        Scheme scheme = scheme(application);
        application.edit(input, scheme, expectedVersion, user.personId(), user.displayName(), clock.instant());
        applications.saveAndFlush(application);
    }

    public void submit(ApplicationId id, CurrentUser user) {
        RiskReliefApplication application = access.asApplicant(id, user);
        application.submit(
                scheme(application), user.personId(), user.displayName(), NorwegianTime.today(clock), clock.instant());
        applications.saveAndFlush(application);
    }

    public void withdraw(ApplicationId id, long expectedVersion, CurrentUser user) {
        RiskReliefApplication application = access.asApplicant(id, user);
        application.withdraw(expectedVersion, user.personId(), user.displayName(), clock.instant());
        applications.saveAndFlush(application);
    }

    /** Attaches a file to the application, or to a milestone's report; the upload inspector checks it first. */
    public ApplicationFileId attach(
            ApplicationId id, String filename, byte[] content, @Nullable MilestoneId milestone, CurrentUser user) {
        RiskReliefApplication application = access.asApplicant(id, user);
        if (milestone != null) {
            application.milestone(milestone);
        }
        UploadInspector.Accepted accepted = inspector.inspect(filename, content);
        application.attached(accepted.filename(), user.personId(), user.displayName(), clock.instant());
        applications.saveAndFlush(application);
        ApplicationFile file = new ApplicationFile(
                id,
                accepted.filename(),
                accepted.contentType(),
                content,
                milestone,
                user.personId(),
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        return files.saveAndFlush(file).id();
    }

    /** A file of the application, for anyone who reads the application. */
    @Transactional(readOnly = true)
    public FileContent file(ApplicationId id, ApplicationFileId fileId, CurrentUser user) {
        access.readableApplication(id, user);
        ApplicationFile file = files.findById(fileId.value())
                .filter(f -> f.applicationId().equals(id.value()))
                .orElseThrow(() -> new FileNotFound(fileId));
        return new FileContent(file.filename(), file.contentType(), file.content());
    }

    /** A file's name, type and bytes, for a download. */
    public record FileContent(String filename, String contentType, byte[] content) {}

    // ---- assessment ----

    /** The owner assigns a jury member or one of its own actors, never a member of the applicant's organisation. */
    public void assign(ApplicationId id, PersonId assessor, CurrentUser user) {
        RiskReliefApplication application = access.asOwner(id, user);
        AssessorCandidate candidate = RiskReliefQueries.candidates(organisations, application).stream()
                .filter(c -> c.id().equals(assessor))
                .findFirst()
                .orElseThrow(() -> new Refused("riskrelief.error.notEligible", "assessor", "Not eligible"));
        application.assign(assessor, candidate.name(), user.personId(), user.displayName(), clock.instant());
        applications.saveAndFlush(application);
    }

    public void declare(ApplicationId id, boolean conflict, String reason, CurrentUser user) {
        RiskReliefApplication application = access.asAssessor(id, user);
        application.declare(user.personId(), conflict, reason, clock.instant());
        applications.saveAndFlush(application);
    }

    public void assess(ApplicationId id, AssessmentInput input, CurrentUser user) {
        RiskReliefApplication application = access.asAssessor(id, user);
        application.assess(user.personId(), scheme(application), input, clock.instant());
        applications.saveAndFlush(application);
    }

    // ---- decision, payouts, final report ----

    /**
     * Decides the application. The amount granted is committed in the ledger of the period the application starts
     * in, by one conditional update: if the remainder does not cover it, nothing changes and the decision is
     * refused. The decision letter is written in the applicant's language and kept with the application.
     */
    public void decide(ApplicationId id, DecisionInput decision, long expectedVersion, CurrentUser user) {
        RiskReliefApplication application = access.asOwner(id, user);
        Scheme scheme = scheme(application);
        application.checkDecision(decision, user.personId());
        if (application.version() != expectedVersion) {
            throw new RiskReliefExceptions.ChangedConcurrently(id);
        }
        LocalDate start = Optional.ofNullable(application.periodStart()).orElse(NorwegianTime.today(clock));
        if (decision.amountGranted() > 0) {
            Ledger ledger = ledgers.findBySchemeIdAndPeriodYear(scheme.id().value(), start.getYear())
                    .orElseThrow(() -> new Refused(
                            "riskrelief.error.noBudget", "", "No budget for " + start.getYear(), start.getYear()));
            if (ledgers.commit(ledger.id(), decision.amountGranted()) != 1) {
                throw new BudgetExceeded(scheme.id(), start.getYear(), decision.amountGranted());
            }
        }
        application.decide(decision, expectedVersion, user.personId(), user.displayName(), clock.instant(), start);
        Locale language = organisations
                .findPerson(application.applicantPerson())
                .map(PersonSummary::locale)
                .orElse(Locale.forLanguageTag("nb"));
        application.letter(letters.write(application, scheme, user.displayName(), language), language.getLanguage());
        applications.saveAndFlush(application);
    }

    /** The decision letter as it was sent, for the applicant and the owner. */
    @Transactional(readOnly = true)
    public byte[] letter(ApplicationId id, CurrentUser user) {
        RiskReliefApplication application = access.readableApplication(id, user);
        if (!RiskReliefAccess.applicant(user, application) && !RiskReliefAccess.owner(user, application)) {
            throw new AccessDeniedException("The letter is for the applicant and the owner");
        }
        byte[] pdf = application.letterPdf();
        if (pdf == null) {
            throw new RiskReliefExceptions.WrongState("riskrelief.error.notDecided", "No letter yet");
        }
        return pdf;
    }

    public void reportMilestone(ApplicationId id, MilestoneId milestone, String text, CurrentUser user) {
        RiskReliefApplication application = access.asApplicant(id, user);
        if (text.isBlank()) {
            throw new Refused("riskrelief.error.reportRequired", "report", "Empty report");
        }
        application.reportMilestone(milestone, text.strip(), user.personId(), user.displayName(), clock.instant());
        applications.saveAndFlush(application);
    }

    /** The owner approves a reported milestone's payout: paid increases in the ledger, by a conditional update. */
    public void pay(ApplicationId id, MilestoneId milestoneId, CurrentUser user) {
        RiskReliefApplication application = access.asOwner(id, user);
        Milestone milestone = application.pay(milestoneId, user.personId(), user.displayName(), clock.instant());
        LocalDate start = Optional.ofNullable(application.periodStart()).orElse(NorwegianTime.today(clock));
        Ledger ledger = ledgers.findBySchemeIdAndPeriodYear(application.scheme().value(), start.getYear())
                .orElseThrow(() -> new Refused("riskrelief.error.noBudget", "", "No ledger", start.getYear()));
        applications.saveAndFlush(application);
        if (ledgers.pay(ledger.id(), milestone.amount()) != 1) {
            throw new BudgetExceeded(application.scheme(), start.getYear(), milestone.amount());
        }
    }

    public void finalReport(ApplicationId id, String text, CurrentUser user) {
        RiskReliefApplication application = access.asApplicant(id, user);
        if (text.isBlank()) {
            throw new Refused("riskrelief.error.reportRequired", "finalReport", "Empty report");
        }
        application.finalReport(text.strip(), user.personId(), user.displayName(), clock.instant());
        applications.saveAndFlush(application);
    }

    // ---- helpers ----

    private Scheme scheme(RiskReliefApplication application) {
        return schemes.findById(application.scheme().value())
                .orElseThrow(() -> new SchemeNotFound(application.scheme()));
    }

    private static void checkAmount(long amount) {
        if (amount <= 0 || amount > no.innomotor.shared.Money.MAX_KRONER) {
            throw new Refused("riskrelief.error.budgetAmount", "amount", "Amount " + amount);
        }
    }

    private record Applicant(
            OrganisationId organisation, String name, ApplicantKind kind, RiskReliefApplication.ProjectFacts facts) {}

    /**
     * The applicant for the project: the buyer's organisation if the person is a buyer there (the buyers of the owning
     * organisation are the ones the projects module lets change the project, team or not), else the person's
     * supplier company if the project has a published market dialogue.
     */
    private Applicant applicant(ProjectId project, CurrentUser user) {
        Optional<ProjectTeam> team = teams.of(project);
        if (team.isEmpty()) {
            throw new ProjectNotOpen(project);
        }
        OrganisationId owner = team.get().organisation();
        if (user.hasRole(owner, Role.BUYER)) {
            ProjectDetails details;
            try {
                details = projects.get(project, user);
            } catch (DomainException.NotFound notFound) {
                throw new ProjectNotOpen(project);
            }
            return new Applicant(
                    owner,
                    details.organisationName(),
                    ApplicantKind.BUYER,
                    new RiskReliefApplication.ProjectFacts(
                            project,
                            details.title(),
                            details.need(),
                            details.organisationName(),
                            details.estimatedValue().isNok()
                                    ? details.estimatedValue().kroner()
                                    : null,
                            details.currentStep().number()));
        }
        var companies = user.organisationsWithRole(Role.SUPPLIER);
        Optional<PublishedDialogue> published = dialogues.newestPublished(project);
        if (!companies.isEmpty() && published.isPresent()) {
            OrganisationId company = companies.get(0);
            String ownerName =
                    organisations.find(owner).map(OrganisationSummary::name).orElse("");
            String companyName =
                    organisations.find(company).map(OrganisationSummary::name).orElse("");
            return new Applicant(
                    company,
                    companyName,
                    ApplicantKind.SUPPLIER,
                    new RiskReliefApplication.ProjectFacts(
                            project, published.get().title(), published.get().need(), ownerName, null, null));
        }
        throw new ProjectNotOpen(project);
    }

    Instant now() {
        return clock.instant();
    }
}
