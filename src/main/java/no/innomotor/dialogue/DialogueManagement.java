package no.innomotor.dialogue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import no.innomotor.dialogue.DialogueExceptions.AlreadyInMatchmaking;
import no.innomotor.dialogue.DialogueExceptions.AlreadyRegistered;
import no.innomotor.dialogue.DialogueExceptions.AnnouncementNotPublished;
import no.innomotor.dialogue.DialogueExceptions.DialogueClosed;
import no.innomotor.dialogue.DialogueExceptions.NotInMatchmaking;
import no.innomotor.dialogue.DialogueExceptions.NotRegistered;
import no.innomotor.dialogue.DialogueExceptions.ProjectClosed;
import no.innomotor.dialogue.DialogueExceptions.QuestionNotFound;
import no.innomotor.dialogue.DialogueExceptions.StepTooEarly;
import no.innomotor.notices.ListedAnnouncement;
import no.innomotor.notices.NoticesManagement;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.projects.ProjectAction;
import no.innomotor.projects.ProjectDetails;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectQueries;
import no.innomotor.projects.ProjectsManagement;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.RoadmapStep;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dialogue module's commands. Team commands (draft, publish, withdraw, work and answer questions) check that the
 * person is a buyer of the owning organisation before anything else; supplier commands (register, ask, send input)
 * act for the person's company. Each aggregate records what happened as an event, published on save.
 */
@Service
@Transactional
public class DialogueManagement {

    /** The roadmap step from which a project may announce its market dialogue. */
    static final int FIRST_STEP = RoadmapStep.MARKET_DIALOGUE.number();

    private final AnnouncementRepository announcements;
    private final RegistrationRepository registrations;
    private final QuestionRepository questions;
    private final WrittenInputRepository inputs;
    private final DialogueAccess access;
    private final ProjectsManagement projects;
    private final ProjectQueries projectQueries;
    private final OrganisationsManagement organisations;
    private final NoticesManagement notices;
    private final DialogueLog log;
    private final MatchmakingRepository matchmaking;
    private final Clock clock;

    DialogueManagement(
            AnnouncementRepository announcements,
            RegistrationRepository registrations,
            QuestionRepository questions,
            WrittenInputRepository inputs,
            DialogueAccess access,
            ProjectsManagement projects,
            ProjectQueries projectQueries,
            OrganisationsManagement organisations,
            NoticesManagement notices,
            DialogueLog log,
            MatchmakingRepository matchmaking,
            Clock clock) {
        this.announcements = announcements;
        this.registrations = registrations;
        this.questions = questions;
        this.inputs = inputs;
        this.access = access;
        this.projects = projects;
        this.projectQueries = projectQueries;
        this.organisations = organisations;
        this.notices = notices;
        this.log = log;
        this.matchmaking = matchmaking;
        this.clock = clock;
    }

    // ---- checks before a form is read ----

    /** Refuses someone who may not draft for the project: not found, or access denied (see ProjectsManagement). */
    @Transactional(readOnly = true)
    public void authoriseDraft(ProjectId project, CurrentUser user) {
        projects.authorise(project, ProjectAction.CHANGE, user);
    }

    /** Refuses anyone outside the announcement's team: not found. */
    @Transactional(readOnly = true)
    public void authoriseTeam(AnnouncementId id, CurrentUser user) {
        access.ofTeam(id, user);
    }

    /** Refuses anyone outside the team of the question's announcement (not found); returns the announcement. */
    @Transactional(readOnly = true)
    public AnnouncementId authoriseTeam(QuestionId id, CurrentUser user) {
        return teamQuestion(id, user).announcement();
    }

    /** Refuses a person who is no supplier (access denied) or an announcement they may not see (not found). */
    @Transactional(readOnly = true)
    public void authoriseSupplier(AnnouncementId id, CurrentUser user) {
        DialogueAccess.supplierCompany(user);
        access.visible(id, user);
    }

    // ---- the announcement ----

    /** Drafts an announcement of the project, from roadmap step 3 on; the project's buyers are its team. */
    public AnnouncementId draft(ProjectId projectId, AnnouncementFacts facts, CurrentUser user) {
        projects.authorise(projectId, ProjectAction.CHANGE, user);
        ProjectDetails project = projectQueries.get(projectId, user);
        if (project.status().isFinal()) {
            throw new ProjectClosed();
        }
        if (project.currentStep().number() < FIRST_STEP) {
            throw new StepTooEarly();
        }
        Announcement announcement = new Announcement(
                AnnouncementId.random(), projectId, project.organisation(), facts, user.personId(), clock.instant());
        return announcements.save(announcement).id();
    }

    /** Changes the draft from the version the person saw; a newer version refuses (409). */
    public void change(AnnouncementId id, AnnouncementFacts facts, long expectedVersion, CurrentUser user) {
        Announcement announcement = access.ofTeam(id, user);
        announcement.change(facts, expectedVersion, user.personId(), clock.instant());
        announcements.saveAndFlush(announcement);
    }

    /** Publishes the draft and lists it among the opportunities, in the same transaction. */
    public void publish(AnnouncementId id, long expectedVersion, CurrentUser user) {
        Announcement announcement = access.ofTeam(id, user);
        Instant now = clock.instant();
        announcement.publish(expectedVersion, user.personId(), now);
        announcements.saveAndFlush(announcement);
        AnnouncementFacts facts = announcement.facts();
        OrganisationSummary buyer =
                organisations.find(announcement.organisation()).orElse(null);
        notices.listAnnouncement(new ListedAnnouncement(
                reference(id),
                facts.title(),
                facts.need(),
                facts.cpvCodes(),
                List.of(facts.nutsCode()),
                java.util.Objects.requireNonNull(facts.interestDeadline()),
                buyer == null ? "" : buyer.name(),
                buyer == null ? null : buyer.orgNumber(),
                "/announcements/" + id,
                NorwegianTime.today(clock),
                user.personId()));
        log.record(id, LogKind.ANNOUNCEMENT_PUBLISHED, null, user.personId(), facts.title(), null);
    }

    /** Publishes the announcement's draft as it stands now, from its current version: for the API. */
    public void publish(AnnouncementId id, CurrentUser user) {
        publish(id, access.ofTeam(id, user).version(), user);
    }

    public void withdraw(AnnouncementId id, long expectedVersion, CurrentUser user) {
        Announcement announcement = access.ofTeam(id, user);
        announcement.withdraw(expectedVersion, user.personId(), clock.instant());
        announcements.saveAndFlush(announcement);
        notices.cancelListing(reference(id), user.personId());
        log.record(id, LogKind.ANNOUNCEMENT_WITHDRAWN, null, user.personId(), null, null);
    }

    /** The notice id under which the opportunity list keeps the announcement. */
    static String reference(AnnouncementId id) {
        return "innomotor-announcement-" + id;
    }

    // ---- what suppliers do ----

    /** Registers the person's company with the people who take part; once per company, until the deadline. */
    public void register(AnnouncementId id, List<Participant> participants, CurrentUser user) {
        OrganisationId company = DialogueAccess.supplierCompany(user);
        Announcement announcement = openFor(id, user);
        List<Participant> checked = ParticipantRules.checked(participants);
        if (registrations
                .findByAnnouncementIdAndCompanyId(id.value(), company.value())
                .isPresent()) {
            throw new AlreadyRegistered(id);
        }
        try {
            registrations.saveAndFlush(new Registration(
                    announcement, company, companyName(company), checked, user.personId(), clock.instant()));
        } catch (DataIntegrityViolationException concurrent) {
            // Two people of the company registered at the same moment: the database's one-per-company rule held.
            throw new AlreadyRegistered(id);
        }
        log.record(id, LogKind.INTEREST_REGISTERED, company, user.personId(), participantsText(checked), null);
    }

    /** The participants as the log keeps them: one per line, name and e-mail; null when none were named. */
    private static @Nullable String participantsText(List<Participant> participants) {
        if (participants.isEmpty()) {
            return null;
        }
        return participants.stream().map(p -> p.name() + " <" + p.email() + ">").collect(Collectors.joining("\n"));
    }

    public void cancelRegistration(AnnouncementId id, CurrentUser user) {
        OrganisationId company = DialogueAccess.supplierCompany(user);
        Announcement announcement = access.visible(id, user);
        Registration registration = registrations
                .findByAnnouncementIdAndCompanyId(id.value(), company.value())
                .orElseThrow(() -> new NotRegistered(id));
        String name = companyName(company);
        // Taking part in matchmaking needs the registration: the company leaves it too, and the log says so.
        matchmaking
                .findByAnnouncementIdAndCompanyId(id.value(), company.value())
                .ifPresent(entry -> {
                    matchmaking.delete(entry.leave(announcement, name, user.personId()));
                    log.record(id, LogKind.MATCHMAKING_LEFT, company, user.personId(), null, entry.id());
                });
        registrations.delete(registration.cancel(announcement, name, user.personId()));
        log.record(id, LogKind.REGISTRATION_CANCELLED, company, user.personId(), null, null);
    }

    /** A registered company asks, privately, until the deadline. */
    public QuestionId ask(AnnouncementId id, String text, CurrentUser user) {
        OrganisationId company = DialogueAccess.supplierCompany(user);
        Announcement announcement = openFor(id, user);
        requireRegistered(announcement, company);
        Question question = new Question(
                announcement, company, limited(text, Question.MAX_TEXT, "text"), user.personId(), clock.instant());
        QuestionId saved = questions.save(question).id();
        log.record(id, LogKind.QUESTION_ASKED, company, user.personId(), question.text(), saved.value());
        return saved;
    }

    /** A registered company sends written input, read only by the team and the company, while it is published. */
    public InputId sendInput(AnnouncementId id, String text, CurrentUser user) {
        OrganisationId company = DialogueAccess.supplierCompany(user);
        Announcement announcement = access.visible(id, user);
        if (announcement.status() != AnnouncementStatus.PUBLISHED) {
            throw new AnnouncementNotPublished(id);
        }
        requireRegistered(announcement, company);
        WrittenInput input = new WrittenInput(
                announcement, company, limited(text, WrittenInput.MAX_TEXT, "text"), user.personId(), clock.instant());
        InputId saved = inputs.save(input).id();
        log.record(id, LogKind.INPUT_SENT, company, user.personId(), input.text(), saved.value());
        return saved;
    }

    // ---- matchmaking ----

    /**
     * The registered company agrees to be shown to the other companies that agreed, with what it offers and the
     * partner it seeks, and one of its registered participants as contact (the person themself where it named none).
     */
    public void joinMatchmaking(AnnouncementId id, String offer, String contactEmail, CurrentUser user) {
        OrganisationId company = DialogueAccess.supplierCompany(user);
        Announcement announcement = access.visible(id, user);
        if (announcement.status() != AnnouncementStatus.PUBLISHED) {
            throw new AnnouncementNotPublished(id);
        }
        Registration registration = registrations
                .findByAnnouncementIdAndCompanyId(id.value(), company.value())
                .orElseThrow(() -> new NotRegistered(id));
        String text = limited(offer, MatchmakingEntry.MAX_OFFER, "offer");
        Participant contact = contactChoices(registration.participants(), user).stream()
                .filter(p -> p.email().equalsIgnoreCase(contactEmail == null ? "" : contactEmail.strip()))
                .findFirst()
                .orElseThrow(() -> new AnnouncementInputRejected(
                        "contact", "dialogue.matchmaking.contact.invalid", "Not a participant"));
        if (matchmaking
                .findByAnnouncementIdAndCompanyId(id.value(), company.value())
                .isPresent()) {
            throw new AlreadyInMatchmaking(id);
        }
        MatchmakingEntry entry;
        try {
            entry = matchmaking.saveAndFlush(new MatchmakingEntry(
                    announcement, company, companyName(company), text, contact, user.personId(), clock.instant()));
        } catch (DataIntegrityViolationException concurrent) {
            throw new AlreadyInMatchmaking(id);
        }
        log.record(
                id,
                LogKind.MATCHMAKING_JOINED,
                company,
                user.personId(),
                text + "\n\n" + contact.name() + " <" + contact.email() + ">",
                entry.id());
    }

    /** The company is no longer shown to the others. */
    public void leaveMatchmaking(AnnouncementId id, CurrentUser user) {
        OrganisationId company = DialogueAccess.supplierCompany(user);
        Announcement announcement = access.visible(id, user);
        MatchmakingEntry entry = matchmaking
                .findByAnnouncementIdAndCompanyId(id.value(), company.value())
                .orElseThrow(() -> new NotInMatchmaking(id));
        matchmaking.delete(entry.leave(announcement, companyName(company), user.personId()));
        log.record(id, LogKind.MATCHMAKING_LEFT, company, user.personId(), null, entry.id());
    }

    /** Whom a company may name as its matchmaking contact: its registered participants, or the person themself. */
    static List<Participant> contactChoices(List<Participant> participants, CurrentUser user) {
        return participants.isEmpty() ? List.of(new Participant(user.displayName(), user.email())) : participants;
    }

    // ---- what the team does with questions ----

    /** Marks the question in progress; returns its announcement. */
    public AnnouncementId takeUp(QuestionId id, CurrentUser user) {
        Question question = teamQuestion(id, user);
        question.takeUp(access.ofTeam(question.announcement(), user), user.personId());
        questions.save(question);
        return question.announcement();
    }

    /** Bundles the question as a duplicate of {@code main}: it is answered with it. */
    public AnnouncementId bundle(QuestionId id, QuestionId main, CurrentUser user) {
        Question question = teamQuestion(id, user);
        Question mainQuestion = questions
                .findById(main.value())
                .filter(q -> q.announcement().equals(question.announcement()))
                .orElseThrow(() -> new DialogueExceptions.NotAMainQuestion(main));
        question.bundleInto(mainQuestion, access.ofTeam(question.announcement(), user), user.personId());
        questions.save(question);
        return question.announcement();
    }

    /**
     * Publishes the answer: at this moment it shows on the public page, with the asker left out, and every company
     * registered now is told (the event names them).
     */
    public AnnouncementId answer(QuestionId id, String text, CurrentUser user) {
        Question question = teamQuestion(id, user);
        Announcement announcement = access.ofTeam(question.announcement(), user);
        List<Question> duplicates = questions.findByMainQuestion(id.value());
        List<OrganisationId> registered =
                registrations
                        .findByAnnouncementIdOrderByRegisteredAt(
                                announcement.id().value())
                        .stream()
                        .map(Registration::company)
                        .toList();
        question.answer(
                limited(text, Question.MAX_TEXT, "answer"),
                duplicates,
                registered,
                announcement,
                user.personId(),
                clock.instant());
        questions.saveAll(duplicates);
        questions.save(question);
        log.record(
                announcement.id(),
                LogKind.ANSWER_PUBLISHED,
                null,
                user.personId(),
                answerText(question, duplicates),
                id.value());
        return announcement.id();
    }

    /**
     * The answer's line: the question and each duplicate bundled with it in quotation marks, one per line, then the
     * answer after a blank line; so the log shows what was answered to all without a second look-up.
     */
    private static String answerText(Question question, List<Question> duplicates) {
        StringBuilder text = new StringBuilder("«").append(question.text()).append('»');
        duplicates.forEach(d -> text.append("\n«").append(d.text()).append('»'));
        return text.append("\n\n").append(question.answer()).toString();
    }

    // ---- helpers ----

    private Question teamQuestion(QuestionId id, CurrentUser user) {
        Question question = questions.findById(id.value()).orElseThrow(() -> new QuestionNotFound(id));
        Announcement announcement =
                announcements.findById(question.announcement().value()).orElseThrow(() -> new QuestionNotFound(id));
        if (!DialogueAccess.team(user, announcement)) {
            throw new QuestionNotFound(id);
        }
        return question;
    }

    private Announcement openFor(AnnouncementId id, CurrentUser user) {
        Announcement announcement = access.visible(id, user);
        if (announcement.status() != AnnouncementStatus.PUBLISHED) {
            throw new AnnouncementNotPublished(id);
        }
        if (!announcement.open(clock.instant())) {
            throw new DialogueClosed(id);
        }
        return announcement;
    }

    private void requireRegistered(Announcement announcement, OrganisationId company) {
        if (registrations
                .findByAnnouncementIdAndCompanyId(announcement.id().value(), company.value())
                .isEmpty()) {
            throw new NotRegistered(announcement.id());
        }
    }

    private String companyName(OrganisationId company) {
        return organisations.find(company).map(OrganisationSummary::name).orElse("");
    }

    private static String limited(String text, int max, String field) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new AnnouncementInputRejected(field, "dialogue." + field + ".required", "Empty " + field);
        }
        if (stripped.length() > max) {
            throw new AnnouncementInputRejected(field, "dialogue." + field + ".tooLong", "Too long " + field);
        }
        return stripped;
    }
}
