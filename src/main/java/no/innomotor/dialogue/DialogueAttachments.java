package no.innomotor.dialogue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.innomotor.dialogue.ConferenceExceptions.AnnouncementWithdrawnAlready;
import no.innomotor.dialogue.ConferenceExceptions.AttachmentNotFound;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.Sha256;
import no.innomotor.shared.files.UploadInspector;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files of the market dialogue, in one store. Every upload is inspected by its content before anything is
 * stored (all files of a form, or none). Who may download follows the owner: the announcement's files are public
 * once it is published; written input's files are for the sending company and the team alone; the conference's
 * material and draft documents' files for every company registered for the dialogue and the team. Anyone else is
 * told the file does not exist.
 */
@Service
@Transactional
public class DialogueAttachments {

    /** The largest file the dialogue keeps: 10 MB, as the upload limit of the whole platform. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** The most files one form sends. */
    static final int MAX_FILES = 10;

    private final UploadInspector inspector = new UploadInspector(MAX_BYTES);
    private final AttachmentRepository attachments;
    private final AttachmentContentRepository contents;
    private final RegistrationRepository registrations;
    private final DialogueAccess access;
    private final DialogueManagement dialogue;
    private final Clock clock;

    DialogueAttachments(
            AttachmentRepository attachments,
            AttachmentContentRepository contents,
            RegistrationRepository registrations,
            DialogueAccess access,
            DialogueManagement dialogue,
            Clock clock) {
        this.attachments = attachments;
        this.contents = contents;
        this.registrations = registrations;
        this.access = access;
        this.dialogue = dialogue;
        this.clock = clock;
    }

    // ---- commands ----

    /** The team adds files to the announcement while it is a draft or published; public once published. */
    public List<AttachmentId> addToAnnouncement(AnnouncementId id, List<Upload> uploads, CurrentUser user) {
        Announcement announcement = access.ofTeam(id, user);
        if (announcement.status() == AnnouncementStatus.WITHDRAWN) {
            throw new AnnouncementWithdrawnAlready(id);
        }
        List<UploadInspector.Accepted> accepted = inspect(uploads, true);
        return store(id, AttachmentOwner.ANNOUNCEMENT, id.value(), null, uploads, accepted, user.personId());
    }

    /**
     * A registered company sends written input with files: the files are inspected first, so a refused one stores
     * nothing, not even the text; then the input is sent as without files, and the files kept with it.
     */
    public InputId sendInput(AnnouncementId id, String text, List<Upload> uploads, CurrentUser user) {
        OrganisationId company = DialogueAccess.supplierCompany(user);
        List<UploadInspector.Accepted> accepted = inspect(uploads, false);
        InputId input = dialogue.sendInput(id, text, user);
        store(id, AttachmentOwner.INPUT, input.value(), company, uploads, accepted, user.personId());
        return input;
    }

    // ---- reads ----

    /** The announcement's own files: for whoever sees the announcement (the team alone while it is a draft). */
    @Transactional(readOnly = true)
    public List<AttachmentView> announcementFiles(AnnouncementId id, @Nullable CurrentUser user) {
        access.visible(id, user);
        return views(attachments.findByAnnouncementIdAndOwnerKindOrderByUploadedAtAscIdAsc(
                id.value(), AttachmentOwner.ANNOUNCEMENT));
    }

    /** The files of written input the reader may read: all for the team, the company's own for a supplier. */
    @Transactional(readOnly = true)
    public List<AttachmentView> inputFiles(AnnouncementId id, @Nullable CurrentUser user) {
        Announcement announcement = access.visible(id, user);
        boolean team = DialogueAccess.team(user, announcement);
        Optional<OrganisationId> company = team ? Optional.empty() : DialogueAccess.company(user);
        if (!team && company.isEmpty()) {
            return List.of();
        }
        return attachments
                .findByAnnouncementIdAndOwnerKindOrderByUploadedAtAscIdAsc(id.value(), AttachmentOwner.INPUT)
                .stream()
                .filter(a -> team || company.get().equals(a.company()))
                .map(Attachment::view)
                .toList();
    }

    /** A file to download, if the reader may have it; otherwise not found. */
    @Transactional(readOnly = true)
    public AttachmentFile download(AnnouncementId id, AttachmentId attachmentId, @Nullable CurrentUser user) {
        Announcement announcement = access.visible(id, user);
        Attachment attachment = attachments
                .findById(attachmentId.value())
                .filter(a -> a.announcement().equals(id))
                .filter(a -> mayRead(a, announcement, user))
                .orElseThrow(() -> new AttachmentNotFound(attachmentId));
        byte[] bytes = contents.findById(attachmentId.value())
                .map(AttachmentContent::content)
                .orElseThrow(() -> new AttachmentNotFound(attachmentId));
        return new AttachmentFile(attachment.filename(), attachment.contentType(), bytes);
    }

    private boolean mayRead(Attachment attachment, Announcement announcement, @Nullable CurrentUser user) {
        if (DialogueAccess.team(user, announcement)) {
            return true;
        }
        return switch (attachment.kind()) {
            case ANNOUNCEMENT -> announcement.status() != AnnouncementStatus.DRAFT;
            case INPUT ->
                DialogueAccess.company(user)
                        .filter(company -> company.equals(attachment.company()))
                        .isPresent();
            case CONFERENCE, DRAFT -> inDialogue(announcement.id(), user);
        };
    }

    /** Whether the person's company is registered for the dialogue. */
    boolean inDialogue(AnnouncementId id, @Nullable CurrentUser user) {
        return DialogueAccess.company(user)
                .flatMap(company -> registrations.findByAnnouncementIdAndCompanyId(id.value(), company.value()))
                .isPresent();
    }

    // ---- for the conference and the drafts ----

    /** Inspects every file before any is stored; the first refused throws, naming its reason. */
    List<UploadInspector.Accepted> inspect(List<Upload> uploads, boolean required) {
        List<Upload> given = given(uploads);
        if (given.isEmpty() && required) {
            throw new AnnouncementInputRejected("files", "dialogue.attachment.error.none", "No file chosen");
        }
        if (given.size() > MAX_FILES) {
            throw new AnnouncementInputRejected("files", "dialogue.attachment.error.tooMany", "Too many files");
        }
        List<UploadInspector.Accepted> accepted = new ArrayList<>();
        for (Upload upload : given) {
            accepted.add(inspector.inspect(upload.filename(), upload.content()));
        }
        return accepted;
    }

    /** Stores the inspected files for their owner; {@code accepted} is what {@link #inspect} said of them. */
    List<AttachmentId> store(
            AnnouncementId announcement,
            AttachmentOwner kind,
            UUID owner,
            @Nullable OrganisationId company,
            List<Upload> uploads,
            List<UploadInspector.Accepted> accepted,
            PersonId by) {
        List<Upload> given = given(uploads);
        Instant now = clock.instant();
        List<AttachmentId> ids = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            byte[] bytes = given.get(i).content();
            Attachment attachment = attachments.save(new Attachment(
                    announcement,
                    kind,
                    owner,
                    company,
                    accepted.get(i).filename(),
                    accepted.get(i).contentType(),
                    bytes.length,
                    Sha256.hex(bytes),
                    by,
                    now));
            contents.save(new AttachmentContent(attachment.id(), bytes));
            ids.add(attachment.id());
        }
        return ids;
    }

    /** The files of the owners, oldest first. */
    List<AttachmentView> filesOf(AttachmentOwner kind, List<UUID> owners) {
        return owners.isEmpty()
                ? List.of()
                : views(attachments.findByOwnerKindAndOwnerIdInOrderByUploadedAtAscIdAsc(kind, owners));
    }

    /** A browser sends an empty part for a file field left empty: that is no file. */
    private static List<Upload> given(List<Upload> uploads) {
        return uploads.stream()
                .filter(u -> !(u.filename().isEmpty() && u.content().length == 0))
                .toList();
    }

    private static List<AttachmentView> views(List<Attachment> list) {
        return list.stream().map(Attachment::view).toList();
    }
}
