package no.innomotor.dialogue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.innomotor.dialogue.ConferenceExceptions.AlreadyAtConference;
import no.innomotor.dialogue.ConferenceExceptions.ConferenceChangedConcurrently;
import no.innomotor.dialogue.ConferenceExceptions.ConferenceNotFound;
import no.innomotor.dialogue.ConferenceExceptions.ConferenceRegistrationClosed;
import no.innomotor.dialogue.ConferenceExceptions.NotAtConference;
import no.innomotor.dialogue.ConferenceExceptions.NotInDialogue;
import no.innomotor.dialogue.DialogueExceptions.AnnouncementNotPublished;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.files.UploadInspector;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dialogue conference: the team sets it up for a published announcement; companies registered for the dialogue
 * register named people until the interest deadline, and go on the waiting list when the capacity (in persons) is
 * taken; a cancellation gives the freed places to the first waiting companies that fit, in the order they came. The
 * team's presentation material and minutes go to every company registered for the dialogue, whether it came or
 * not. Registrations are decided with the conference row locked, so the capacity holds under concurrent requests.
 */
@Service
@Transactional
public class ConferenceManagement {

    private final ConferenceRepository conferences;
    private final ConferenceRegistrationRepository seats;
    private final RegistrationRepository registrations;
    private final DialogueAccess access;
    private final DialogueAttachments attachments;
    private final DialogueLog log;
    private final OrganisationsManagement organisations;
    private final Clock clock;

    ConferenceManagement(
            ConferenceRepository conferences,
            ConferenceRegistrationRepository seats,
            RegistrationRepository registrations,
            DialogueAccess access,
            DialogueAttachments attachments,
            DialogueLog log,
            OrganisationsManagement organisations,
            Clock clock) {
        this.conferences = conferences;
        this.seats = seats;
        this.registrations = registrations;
        this.access = access;
        this.attachments = attachments;
        this.log = log;
        this.organisations = organisations;
        this.clock = clock;
    }

    // ---- the team ----

    /**
     * Sets up the conference, or changes it from the version the person saw ({@code expectedVersion} null for the
     * first setup). A larger capacity gives the new places to the waiting list at once.
     */
    public void schedule(AnnouncementId id, ConferencePlan plan, @Nullable Long expectedVersion, CurrentUser user) {
        Announcement announcement = access.ofTeam(id, user);
        if (announcement.status() != AnnouncementStatus.PUBLISHED) {
            throw new AnnouncementNotPublished(id);
        }
        Instant now = clock.instant();
        Optional<Conference> existing = conferences.lockByAnnouncementId(id.value());
        if (existing.isEmpty()) {
            if (expectedVersion != null) {
                throw new ConferenceChangedConcurrently(id);
            }
            try {
                conferences.saveAndFlush(new Conference(announcement, plan, user.personId(), now));
            } catch (DataIntegrityViolationException concurrent) {
                throw new ConferenceChangedConcurrently(id);
            }
            return;
        }
        Conference conference = existing.get();
        if (expectedVersion == null) {
            throw new ConferenceChangedConcurrently(id);
        }
        List<ConferenceRegistration> all = seats.findByConferenceIdOrderByRegisteredAtAscIdAsc(conference.id());
        conference.change(plan, expectedVersion, confirmedPersons(all), announcement, user.personId(), now);
        conferences.saveAndFlush(conference);
        promote(conference, announcement, all, user);
    }

    /** Publishes presentation material to every company registered for the dialogue; recorded in the log. */
    public List<AttachmentId> publishMaterial(AnnouncementId id, List<Upload> uploads, CurrentUser user) {
        Announcement announcement = access.ofTeam(id, user);
        Conference conference = conference(id);
        List<UploadInspector.Accepted> accepted = attachments.inspect(uploads, true);
        List<AttachmentId> stored = attachments.store(
                id, AttachmentOwner.CONFERENCE, conference.id(), null, uploads, accepted, user.personId());
        conference.materialPublished(
                stored.size(), registeredCompanies(id), announcement, user.personId(), clock.instant());
        conferences.save(conference);
        log.record(
                id,
                LogKind.MATERIAL_PUBLISHED,
                null,
                user.personId(),
                String.join(
                        ", ",
                        accepted.stream()
                                .map(UploadInspector.Accepted::filename)
                                .toList()),
                conference.id());
        return stored;
    }

    /** Publishes the minutes to every company registered for the dialogue; recorded in the log with the text. */
    public void publishMinutes(AnnouncementId id, String text, CurrentUser user) {
        Announcement announcement = access.ofTeam(id, user);
        Conference conference = conference(id);
        String minutes = text == null ? "" : text.strip();
        if (minutes.isEmpty()) {
            throw new AnnouncementInputRejected("text", "dialogue.text.required", "Empty minutes");
        }
        if (minutes.length() > Conference.MAX_MINUTES) {
            throw new AnnouncementInputRejected("text", "dialogue.text.tooLong", "Too long minutes");
        }
        conference.publishMinutes(minutes, registeredCompanies(id), announcement, user.personId(), clock.instant());
        conferences.save(conference);
        log.record(id, LogKind.CONFERENCE_MINUTES, null, user.personId(), minutes, conference.id());
    }

    // ---- a supplier ----

    /**
     * Registers the company's named people (one to the conference's maximum per company): confirmed when they fit in
     * the places left, otherwise on the waiting list. Until the interest deadline, for companies in the dialogue.
     */
    public SeatStatus register(AnnouncementId id, List<Participant> participants, CurrentUser user) {
        OrganisationId company = DialogueAccess.supplierCompany(user);
        Announcement announcement = access.visible(id, user);
        if (announcement.status() != AnnouncementStatus.PUBLISHED) {
            throw new AnnouncementNotPublished(id);
        }
        if (!announcement.open(clock.instant())) {
            throw new ConferenceRegistrationClosed(id);
        }
        requireInDialogue(id, company);
        Conference conference =
                conferences.lockByAnnouncementId(id.value()).orElseThrow(() -> new ConferenceNotFound(id));
        List<Participant> people = ParticipantRules.checked(participants);
        if (people.isEmpty()) {
            throw new AnnouncementInputRejected(
                    "participants", "dialogue.conference.register.nobody", "Nobody named for the conference");
        }
        if (people.size() > conference.maxPerCompany()) {
            throw new AnnouncementInputRejected(
                    "participants", "dialogue.conference.register.tooManyPerCompany", "Above the company's maximum");
        }
        List<ConferenceRegistration> all = seats.findByConferenceIdOrderByRegisteredAtAscIdAsc(conference.id());
        if (all.stream().anyMatch(r -> r.company().equals(company))) {
            throw new AlreadyAtConference(id);
        }
        boolean fits = confirmedPersons(all) + people.size() <= conference.capacity();
        ConferenceRegistration seat;
        try {
            seat = seats.saveAndFlush(new ConferenceRegistration(
                    conference,
                    announcement,
                    company,
                    companyName(company),
                    people,
                    fits,
                    user.personId(),
                    clock.instant()));
        } catch (DataIntegrityViolationException concurrent) {
            throw new AlreadyAtConference(id);
        }
        log.record(
                id,
                fits ? LogKind.CONFERENCE_REGISTERED : LogKind.CONFERENCE_WAITING,
                company,
                user.personId(),
                names(people),
                seat.id());
        return seat.status();
    }

    /** Cancels the company's registration; freed places go to the first waiting companies that fit, who are told. */
    public void cancel(AnnouncementId id, CurrentUser user) {
        OrganisationId company = DialogueAccess.supplierCompany(user);
        Announcement announcement = access.visible(id, user);
        Conference conference =
                conferences.lockByAnnouncementId(id.value()).orElseThrow(() -> new ConferenceNotFound(id));
        ConferenceRegistration seat = seats.findByConferenceIdAndCompanyId(conference.id(), company.value())
                .orElseThrow(() -> new NotAtConference(id));
        seats.delete(seat.cancel(announcement, companyName(company), user.personId()));
        seats.flush();
        log.record(id, LogKind.CONFERENCE_CANCELLED, company, user.personId(), null, seat.id());
        if (seat.confirmed()) {
            promote(
                    conference,
                    announcement,
                    seats.findByConferenceIdOrderByRegisteredAtAscIdAsc(conference.id()),
                    user);
        }
    }

    // ---- reads ----

    /** The conference as the reader may see it; empty when none is set up (or the announcement is hidden). */
    @Transactional(readOnly = true)
    public Optional<ConferenceView> conference(AnnouncementId id, @Nullable CurrentUser user) {
        Announcement announcement = access.visible(id, user);
        Optional<Conference> found = conferences.findByAnnouncementId(id.value());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Conference conference = found.get();
        boolean team = DialogueAccess.team(user, announcement);
        Optional<OrganisationId> company = team ? Optional.empty() : DialogueAccess.company(user);
        boolean inDialogue = company.isPresent()
                && registrations
                        .findByAnnouncementIdAndCompanyId(
                                id.value(), company.get().value())
                        .isPresent();
        List<ConferenceRegistration> all = seats.findByConferenceIdOrderByRegisteredAtAscIdAsc(conference.id());
        List<SeatView> views = new ArrayList<>();
        Optional<SeatView> own = Optional.empty();
        int position = 0;
        for (ConferenceRegistration r : all) {
            int place = r.confirmed() ? 0 : ++position;
            boolean mine = company.isPresent() && r.company().equals(company.get());
            if (team || mine) {
                SeatView view =
                        new SeatView(companyName(r.company()), r.status(), place, r.participants(), r.registeredAt());
                if (team) {
                    views.add(view);
                }
                if (mine) {
                    own = Optional.of(view);
                }
            }
        }
        boolean shared = team || inDialogue;
        return Optional.of(new ConferenceView(
                id,
                conference.plan(),
                Math.max(0, conference.capacity() - confirmedPersons(all)),
                announcement.open(clock.instant()),
                team,
                company.isPresent(),
                inDialogue,
                own,
                views,
                shared ? attachments.filesOf(AttachmentOwner.CONFERENCE, List.of(conference.id())) : List.of(),
                shared ? Optional.ofNullable(conference.minutes()) : Optional.empty(),
                shared ? Optional.ofNullable(conference.minutesPublishedAt()) : Optional.empty(),
                conference.version()));
    }

    // ---- helpers ----

    /** Gives free places to the waiting companies, in the order they came, each that fits in what is left. */
    private void promote(
            Conference conference, Announcement announcement, List<ConferenceRegistration> all, CurrentUser user) {
        int free = conference.capacity() - confirmedPersons(all);
        for (ConferenceRegistration waiting : all) {
            if (waiting.confirmed() || waiting.persons() > free) {
                continue;
            }
            waiting.promote(announcement, companyName(waiting.company()), user.personId(), clock.instant());
            seats.save(waiting);
            free -= waiting.persons();
            log.record(
                    announcement.id(),
                    LogKind.CONFERENCE_REGISTERED,
                    waiting.company(),
                    user.personId(),
                    names(waiting.participants()),
                    waiting.id());
        }
    }

    private static int confirmedPersons(List<ConferenceRegistration> all) {
        return all.stream()
                .filter(ConferenceRegistration::confirmed)
                .mapToInt(ConferenceRegistration::persons)
                .sum();
    }

    private Conference conference(AnnouncementId id) {
        return conferences.findByAnnouncementId(id.value()).orElseThrow(() -> new ConferenceNotFound(id));
    }

    private void requireInDialogue(AnnouncementId id, OrganisationId company) {
        if (registrations
                .findByAnnouncementIdAndCompanyId(id.value(), company.value())
                .isEmpty()) {
            throw new NotInDialogue(id);
        }
    }

    private List<OrganisationId> registeredCompanies(AnnouncementId id) {
        return registrations.findByAnnouncementIdOrderByRegisteredAt(id.value()).stream()
                .map(Registration::company)
                .toList();
    }

    private String companyName(OrganisationId company) {
        return organisations.find(company).map(OrganisationSummary::name).orElse("");
    }

    private static String names(List<Participant> people) {
        return String.join(", ", people.stream().map(Participant::name).toList());
    }
}
