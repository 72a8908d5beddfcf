package no.innomotor.dialogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.innomotor.dialogue.AnnouncementView.Reader;
import no.innomotor.notices.NoticesManagement;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectQueries;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.suppliers.AlertReach;
import no.innomotor.suppliers.SupplierAlerts;
import no.innomotor.suppliers.SupplierQueries;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the dialogue module shows, to each reader only what is theirs to see. Equal treatment decides it: the public
 * sees published announcements with published answers, never who asked; a supplier also its own company's
 * questions, input and registration; the buyer's team everything. A draft is not found outside the team.
 */
@Service
@Transactional(readOnly = true)
public class DialogueQueries {

    private final AnnouncementRepository announcements;
    private final RegistrationRepository registrations;
    private final QuestionRepository questions;
    private final WrittenInputRepository inputs;
    private final DialogueAccess access;
    private final ProjectQueries projects;
    private final OrganisationsManagement organisations;
    private final NoticesManagement notices;
    private final SupplierAlerts alerts;
    private final SupplierQueries suppliers;
    private final MatchmakingRepository matchmaking;
    private final DialogueLog log;
    private final java.time.Clock clock;

    DialogueQueries(
            AnnouncementRepository announcements,
            RegistrationRepository registrations,
            QuestionRepository questions,
            WrittenInputRepository inputs,
            DialogueAccess access,
            ProjectQueries projects,
            OrganisationsManagement organisations,
            NoticesManagement notices,
            SupplierAlerts alerts,
            SupplierQueries suppliers,
            MatchmakingRepository matchmaking,
            DialogueLog log,
            java.time.Clock clock) {
        this.announcements = announcements;
        this.registrations = registrations;
        this.questions = questions;
        this.inputs = inputs;
        this.access = access;
        this.projects = projects;
        this.organisations = organisations;
        this.notices = notices;
        this.alerts = alerts;
        this.suppliers = suppliers;
        this.matchmaking = matchmaking;
        this.log = log;
        this.clock = clock;
    }

    /** One announcement as the reader may see it; {@code user} is null for anonymous readers. */
    public AnnouncementView announcement(AnnouncementId id, @Nullable CurrentUser user) {
        Announcement announcement = access.visible(id, user);
        Reader reader = reader(announcement, user);
        Optional<RegistrationView> registration = reader == Reader.SUPPLIER
                ? DialogueAccess.company(user)
                        .flatMap(company -> registrations.findByAnnouncementIdAndCompanyId(id.value(), company.value()))
                        .map(r -> registration(r, new Names()))
                : Optional.empty();
        return new AnnouncementView(
                announcement.id(),
                announcement.project(),
                announcement.organisation(),
                organisationName(announcement.organisation()),
                announcement.facts(),
                announcement.status(),
                announcement.publishedAt(),
                announcement.version(),
                announcement.open(clock.instant()),
                reader,
                registration);
    }

    /** The announcements of a project, newest first: all for its team, the published and withdrawn ones otherwise. */
    public List<AnnouncementSummary> forProject(ProjectId project, CurrentUser user) {
        String owner = projects.get(project, user).organisationName();
        return announcements.findByProjectIdOrderByCreatedAtDesc(project.value()).stream()
                .filter(a -> a.status() != AnnouncementStatus.DRAFT || DialogueAccess.team(user, a))
                .map(a -> summary(a, owner))
                .toList();
    }

    /** Every published announcement, newest first: the public list. */
    public List<AnnouncementSummary> published() {
        Names names = new Names();
        return announcements.findByStatusOrderByPublishedAtDesc(AnnouncementStatus.PUBLISHED).stream()
                .map(a -> summary(a, names.organisation(a.organisation())))
                .toList();
    }

    /**
     * The questions the reader may see, oldest first: all for the team (with the asking company), the company's own
     * and the published ones for a supplier, the published ones for anyone else. A published question never names
     * who asked it outside the team.
     */
    public List<QuestionView> questions(AnnouncementId id, @Nullable CurrentUser user) {
        Announcement announcement = access.visible(id, user);
        boolean team = DialogueAccess.team(user, announcement);
        Optional<OrganisationId> company = team ? Optional.empty() : DialogueAccess.company(user);
        List<Question> all = questions.findByAnnouncementIdOrderByAskedAt(id.value());
        Map<QuestionId, Question> byId = new HashMap<>();
        all.forEach(q -> byId.put(q.id(), q));
        Names names = new Names();
        List<QuestionView> visible = new ArrayList<>();
        for (Question q : all) {
            boolean own = company.isPresent() && q.company().equals(company.get());
            if (!team && !own && !q.published()) {
                continue;
            }
            Question main = q.mainQuestion() == null ? q : byId.getOrDefault(q.mainQuestion(), q);
            Optional<String> answer =
                    q.state() == QuestionState.ANSWERED ? Optional.ofNullable(main.answer()) : Optional.empty();
            visible.add(new QuestionView(
                    q.id(),
                    q.announcement(),
                    q.text(),
                    q.askedAt(),
                    q.state(),
                    Optional.ofNullable(q.mainQuestion()),
                    answer,
                    q.answeredAt(),
                    own,
                    team ? Optional.of(names.organisation(q.company())) : Optional.empty(),
                    q.version()));
        }
        return visible;
    }

    /** The written input the reader may read: all for the team, the company's own for a supplier, none otherwise. */
    public List<InputView> inputs(AnnouncementId id, @Nullable CurrentUser user) {
        Announcement announcement = access.visible(id, user);
        boolean team = DialogueAccess.team(user, announcement);
        Optional<OrganisationId> company = team ? Optional.empty() : DialogueAccess.company(user);
        if (!team && company.isEmpty()) {
            return List.of();
        }
        List<WrittenInput> readable = inputs.findByAnnouncementIdOrderBySentAt(id.value()).stream()
                .filter(input -> team || input.company().equals(company.get()))
                .toList();
        Names names =
                new Names().people(readable.stream().map(WrittenInput::sentBy).toList());
        return readable.stream()
                .map(input -> new InputView(
                        input.id(),
                        id,
                        input.text(),
                        input.sentAt(),
                        names.organisation(input.company()),
                        names.person(input.sentBy())))
                .toList();
    }

    /** The registered companies with their participants: for the team only, empty for anyone else. */
    public List<RegistrationView> registrations(AnnouncementId id, @Nullable CurrentUser user) {
        Announcement announcement = access.visible(id, user);
        if (!DialogueAccess.team(user, announcement)) {
            return List.of();
        }
        Names names = new Names();
        return registrations.findByAnnouncementIdOrderByRegisteredAt(id.value()).stream()
                .map(r -> registration(r, names))
                .toList();
    }

    /**
     * How far the published announcement reached, for the team alone: the companies its alerts went to (by their
     * profile or a saved search), how many of them are SMEs and how many new to the public sector. Alerts go out
     * after publishing commits, so the figures grow for a moment after it; empty for everyone else and for an
     * announcement never published.
     */
    public Optional<AlertReach> reach(AnnouncementId id, @Nullable CurrentUser user) {
        Announcement announcement = access.visible(id, user);
        if (!DialogueAccess.team(user, announcement)) {
            return Optional.empty();
        }
        return notices.listing(DialogueManagement.reference(id)).map(alerts::reach);
    }

    /**
     * The announcement's matchmaking as the reader may see it (see {@link MatchmakingView}): the list of companies
     * taking part only for the team and for a company that takes part; the count for any other supplier.
     */
    public MatchmakingView matchmaking(AnnouncementId id, @Nullable CurrentUser user) {
        Announcement announcement = access.visible(id, user);
        boolean team = DialogueAccess.team(user, announcement);
        Optional<OrganisationId> company = team ? Optional.empty() : DialogueAccess.company(user);
        if (!team && company.isEmpty()) {
            return MatchmakingView.hidden();
        }
        List<MatchmakingEntry> entries = matchmaking.findByAnnouncementIdOrderByJoinedAt(id.value());
        Optional<MatchmakingEntry> own = company.flatMap(
                c -> entries.stream().filter(e -> e.company().equals(c)).findFirst());
        if (!team && own.isEmpty()) {
            Optional<Registration> registration =
                    company.flatMap(c -> registrations.findByAnnouncementIdAndCompanyId(id.value(), c.value()));
            boolean mayJoin =
                    registration.isPresent() && announcement.status() == AnnouncementStatus.PUBLISHED && user != null;
            return new MatchmakingView(
                    true,
                    entries.size(),
                    List.of(),
                    Optional.empty(),
                    mayJoin,
                    mayJoin
                            ? DialogueManagement.contactChoices(
                                    registration.get().participants(), java.util.Objects.requireNonNull(user))
                            : List.of());
        }
        Names names = new Names();
        List<MatchmakingPartner> partners = entries.stream()
                .map(e -> new MatchmakingPartner(
                        e.company(),
                        names.organisation(e.company()),
                        e.offer(),
                        e.contact(),
                        e.joinedAt(),
                        suppliers.listing(e.company()),
                        company.filter(e.company()::equals).isPresent()))
                .toList();
        return new MatchmakingView(
                true,
                partners.size(),
                partners,
                partners.stream().filter(MatchmakingPartner::own).findFirst(),
                false,
                List.of());
    }

    /**
     * The announcement's dialogue log, oldest first, for the team alone: anyone else is told the announcement does
     * not exist (404), whether or not it is public, as the log holds every company's questions and input.
     */
    public List<LogLine> log(AnnouncementId id, CurrentUser user) {
        access.ofTeam(id, user);
        return log.lines(id);
    }

    /**
     * The project's market dialogue in figures, on the platform's behalf (see {@link DialogueFigures}): its published
     * and withdrawn announcements, the companies their alerts reached (added up over the announcements) and the
     * companies that registered (each counted once, however many announcements it registered for).
     */
    public DialogueFigures figures(ProjectId project) {
        List<Announcement> seen = announcements.findByProjectIdOrderByCreatedAtDesc(project.value()).stream()
                .filter(a -> a.status() != AnnouncementStatus.DRAFT)
                .toList();
        if (seen.isEmpty()) {
            return DialogueFigures.NONE;
        }
        long reached = 0;
        long reachedSmes = 0;
        long reachedNew = 0;
        Set<OrganisationId> companies = new LinkedHashSet<>();
        for (Announcement announcement : seen) {
            Optional<AlertReach> reach = notices.listing(DialogueManagement.reference(announcement.id()))
                    .map(alerts::reach);
            if (reach.isPresent()) {
                reached += reach.get().organisations();
                reachedSmes += reach.get().smes();
                reachedNew += reach.get().newToPublicSector();
            }
            registrations
                    .findByAnnouncementIdOrderByRegisteredAt(announcement.id().value())
                    .stream()
                    .map(Registration::company)
                    .forEach(companies::add);
        }
        long smes = 0;
        long newToPublic = 0;
        for (OrganisationId company : companies) {
            Optional<no.innomotor.suppliers.SupplierListing> listing = suppliers.listing(company);
            if (listing.isPresent()) {
                smes += listing.get().sizeClass().sme() ? 1 : 0;
                newToPublic += listing.get().newToPublicSector() ? 1 : 0;
            }
        }
        return new DialogueFigures(seen.size(), reached, reachedSmes, reachedNew, companies.size(), smes, newToPublic);
    }

    /** The companies registered for an announcement, on the platform's behalf: whom an answer is told to. */
    public List<OrganisationId> registeredCompanies(AnnouncementId id) {
        return registrations.findByAnnouncementIdOrderByRegisteredAt(id.value()).stream()
                .map(Registration::company)
                .toList();
    }

    private Reader reader(Announcement announcement, @Nullable CurrentUser user) {
        if (DialogueAccess.team(user, announcement)) {
            return Reader.TEAM;
        }
        return DialogueAccess.company(user).isPresent() ? Reader.SUPPLIER : Reader.PUBLIC;
    }

    private AnnouncementSummary summary(Announcement a, String organisationName) {
        return new AnnouncementSummary(
                a.id(), a.project(), a.title(), organisationName, a.status(), a.interestDeadline(), a.publishedAt());
    }

    private RegistrationView registration(Registration r, Names names) {
        return new RegistrationView(r.company(), names.organisation(r.company()), r.registeredAt(), r.participants());
    }

    private String organisationName(OrganisationId id) {
        return organisations.find(id).map(OrganisationSummary::name).orElse("");
    }

    /** Organisation and person names looked up once per call. */
    private final class Names {
        private final Map<OrganisationId, String> orgs = new HashMap<>();
        private final Map<PersonId, String> people = new HashMap<>();

        String organisation(OrganisationId id) {
            return orgs.computeIfAbsent(id, DialogueQueries.this::organisationName);
        }

        Names people(Collection<PersonId> ids) {
            Set<PersonId> missing = new LinkedHashSet<>(ids);
            missing.removeAll(people.keySet());
            organisations.findPeople(missing).forEach((id, person) -> people.put(id, person.displayName()));
            return this;
        }

        String person(PersonId id) {
            return people.computeIfAbsent(
                    id,
                    p -> organisations
                            .findPerson(p)
                            .map(PersonSummary::displayName)
                            .orElse(""));
        }
    }

    /**
     * How many market dialogues each company has taken part in (registered for, whatever became of the announcement),
     * in one query: the advisers' follow-up overview shows it per supplier. A company that took part in none is
     * absent from the answer.
     */
    public Map<OrganisationId, Long> participationCounts(Collection<OrganisationId> companies) {
        if (companies.isEmpty()) {
            return Map.of();
        }
        Map<OrganisationId, Long> counts = new HashMap<>();
        for (Object[] row : registrations.countByCompany(
                companies.stream().map(OrganisationId::value).distinct().toList())) {
            counts.put(new OrganisationId((java.util.UUID) row[0]), ((Number) row[1]).longValue());
        }
        return counts;
    }
}
