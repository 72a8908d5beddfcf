package no.innomotor.dialogue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.innomotor.dialogue.ConferenceExceptions.DraftCommentsClosed;
import no.innomotor.dialogue.ConferenceExceptions.DraftNotFound;
import no.innomotor.dialogue.ConferenceExceptions.NotInDialogue;
import no.innomotor.dialogue.DialogueExceptions.AnnouncementNotPublished;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.files.UploadInspector;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draft tender documents for comment: the team publishes a draft with its files and a comment deadline to the
 * companies registered for the dialogue; each company comments in writing (read by the team and itself); the team
 * publishes a summary of the comments, naming nobody, to all of them. Every step is a line in the dialogue log.
 */
@Service
@Transactional
public class DraftDocuments {

    private final DraftDocumentRepository drafts;
    private final DraftCommentRepository comments;
    private final RegistrationRepository registrations;
    private final AnnouncementRepository announcements;
    private final DialogueAccess access;
    private final DialogueAttachments attachments;
    private final DialogueLog log;
    private final OrganisationsManagement organisations;
    private final Clock clock;

    DraftDocuments(
            DraftDocumentRepository drafts,
            DraftCommentRepository comments,
            RegistrationRepository registrations,
            AnnouncementRepository announcements,
            DialogueAccess access,
            DialogueAttachments attachments,
            DialogueLog log,
            OrganisationsManagement organisations,
            Clock clock) {
        this.drafts = drafts;
        this.comments = comments;
        this.registrations = registrations;
        this.announcements = announcements;
        this.access = access;
        this.attachments = attachments;
        this.log = log;
        this.organisations = organisations;
        this.clock = clock;
    }

    // ---- checks before a form is read ----

    /** Refuses anyone outside the team of the draft's announcement (not found); returns the announcement. */
    @Transactional(readOnly = true)
    public AnnouncementId authoriseTeam(DraftId id, CurrentUser user) {
        DraftDocument draft = drafts.findById(id.value()).orElseThrow(() -> new DraftNotFound(id));
        access.ofTeam(draft.announcement(), user);
        return draft.announcement();
    }

    /** Refuses a person who is no supplier (access denied) or a draft they may not see (not found). */
    @Transactional(readOnly = true)
    public AnnouncementId authoriseSupplier(DraftId id, CurrentUser user) {
        DialogueAccess.supplierCompany(user);
        return visible(id, user).announcement();
    }

    // ---- commands ----

    /** The team publishes a draft with its files to every company registered for the dialogue. */
    public DraftId publish(AnnouncementId id, DraftFacts facts, List<Upload> uploads, CurrentUser user) {
        Announcement announcement = access.ofTeam(id, user);
        if (announcement.status() != AnnouncementStatus.PUBLISHED) {
            throw new AnnouncementNotPublished(id);
        }
        Instant now = clock.instant();
        List<UploadInspector.Accepted> accepted = attachments.inspect(uploads, false);
        DraftDocument draft =
                drafts.save(new DraftDocument(announcement, facts, registeredCompanies(id), user.personId(), now));
        attachments.store(id, AttachmentOwner.DRAFT, draft.id().value(), null, uploads, accepted, user.personId());
        log.record(
                id,
                LogKind.DRAFT_PUBLISHED,
                null,
                user.personId(),
                draft.title(),
                draft.id().value());
        return draft.id();
    }

    /** A company registered for the dialogue comments, until the comment deadline; private to it and the team. */
    public void comment(DraftId id, String text, CurrentUser user) {
        OrganisationId company = DialogueAccess.supplierCompany(user);
        DraftDocument draft = visible(id, user);
        Announcement announcement = access.visible(draft.announcement(), user);
        if (registrations
                .findByAnnouncementIdAndCompanyId(announcement.id().value(), company.value())
                .isEmpty()) {
            throw new NotInDialogue(announcement.id());
        }
        Instant now = clock.instant();
        if (!draft.open(now)) {
            throw new DraftCommentsClosed(id);
        }
        String comment = limited(text);
        DraftComment saved =
                comments.save(new DraftComment(draft, announcement, company, comment, user.personId(), now));
        log.record(announcement.id(), LogKind.DRAFT_COMMENTED, company, user.personId(), comment, saved.id());
    }

    /** The team publishes its summary of the comments, naming nobody, to every company registered. */
    public void publishSummary(DraftId id, String text, CurrentUser user) {
        DraftDocument draft = drafts.findById(id.value()).orElseThrow(() -> new DraftNotFound(id));
        Announcement announcement = access.ofTeam(draft.announcement(), user);
        String summary = limited(text);
        draft.publishSummary(
                summary, registeredCompanies(announcement.id()), announcement, user.personId(), clock.instant());
        drafts.save(draft);
        log.record(announcement.id(), LogKind.DRAFT_SUMMARY_PUBLISHED, null, user.personId(), summary, id.value());
    }

    // ---- reads ----

    /** The announcement's drafts, newest first, for the team and every supplier who sees the announcement. */
    @Transactional(readOnly = true)
    public List<DraftView> forAnnouncement(AnnouncementId id, @Nullable CurrentUser user) {
        Announcement announcement = access.visible(id, user);
        if (!DialogueAccess.team(user, announcement)
                && DialogueAccess.company(user).isEmpty()) {
            return List.of();
        }
        return drafts.findByAnnouncementIdOrderByPublishedAtDesc(id.value()).stream()
                .map(d -> view(d, announcement, user))
                .toList();
    }

    @Transactional(readOnly = true)
    public DraftView draft(DraftId id, @Nullable CurrentUser user) {
        DraftDocument draft = visible(id, user);
        return view(draft, access.visible(draft.announcement(), user), user);
    }

    private DraftView view(DraftDocument draft, Announcement announcement, @Nullable CurrentUser user) {
        boolean team = DialogueAccess.team(user, announcement);
        Optional<OrganisationId> company = team ? Optional.empty() : DialogueAccess.company(user);
        boolean inDialogue = company.isPresent()
                && registrations
                        .findByAnnouncementIdAndCompanyId(
                                announcement.id().value(), company.get().value())
                        .isPresent();
        boolean shared = team || inDialogue;
        List<DraftCommentView> readable = comments
                .findByDraftIdOrderByCommentedAtAscIdAsc(draft.id().value())
                .stream()
                .filter(c -> team || (company.isPresent() && c.company().equals(company.get())))
                .map(c -> new DraftCommentView(
                        c.text(),
                        organisations
                                .find(c.company())
                                .map(OrganisationSummary::name)
                                .orElse(""),
                        organisations
                                .findPerson(c.commentedBy())
                                .map(PersonSummary::displayName)
                                .orElse(""),
                        c.commentedAt()))
                .toList();
        return new DraftView(
                draft.id(),
                announcement.id(),
                announcement.title(),
                draft.title(),
                draft.description(),
                draft.commentDeadline(),
                draft.publishedAt(),
                draft.open(clock.instant()),
                team,
                company.isPresent(),
                inDialogue,
                shared
                        ? attachments.filesOf(
                                AttachmentOwner.DRAFT, List.of(draft.id().value()))
                        : List.of(),
                readable,
                shared ? Optional.ofNullable(draft.summary()) : Optional.empty(),
                shared ? Optional.ofNullable(draft.summaryPublishedAt()) : Optional.empty());
    }

    /** The draft, for the team and suppliers who see its announcement; not found for anyone else. */
    private DraftDocument visible(DraftId id, @Nullable CurrentUser user) {
        DraftDocument draft = drafts.findById(id.value()).orElseThrow(() -> new DraftNotFound(id));
        Announcement announcement =
                announcements.findById(draft.announcement().value()).orElseThrow(() -> new DraftNotFound(id));
        boolean supplier =
                user != null && !user.organisationsWithRole(Role.SUPPLIER).isEmpty();
        if (!DialogueAccess.team(user, announcement)
                && (!supplier || announcement.status() == AnnouncementStatus.DRAFT)) {
            throw new DraftNotFound(id);
        }
        return draft;
    }

    private List<OrganisationId> registeredCompanies(AnnouncementId id) {
        return registrations.findByAnnouncementIdOrderByRegisteredAt(id.value()).stream()
                .map(Registration::company)
                .toList();
    }

    private static String limited(@Nullable String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new AnnouncementInputRejected("text", "dialogue.text.required", "Empty text");
        }
        if (stripped.length() > DraftDocument.MAX_TEXT) {
            throw new AnnouncementInputRejected("text", "dialogue.text.tooLong", "Too long text");
        }
        return stripped;
    }
}
