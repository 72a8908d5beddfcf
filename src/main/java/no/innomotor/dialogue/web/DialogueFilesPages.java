package no.innomotor.dialogue.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import no.innomotor.dialogue.AnnouncementId;
import no.innomotor.dialogue.AnnouncementInputRejected;
import no.innomotor.dialogue.AttachmentFile;
import no.innomotor.dialogue.AttachmentId;
import no.innomotor.dialogue.DialogueAttachments;
import no.innomotor.dialogue.DialogueManagement;
import no.innomotor.dialogue.DialogueQueries;
import no.innomotor.shared.files.UploadRejected;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dialogue's files: the team's page for the announcement's own files, and the one download of every file, which
 * the service answers only for a reader who may have it (anyone else: not found).
 */
@Controller
class DialogueFilesPages {

    private final DialogueAttachments attachments;
    private final DialogueManagement dialogue;
    private final DialogueQueries queries;

    DialogueFilesPages(DialogueAttachments attachments, DialogueManagement dialogue, DialogueQueries queries) {
        this.attachments = attachments;
        this.dialogue = dialogue;
        this.queries = queries;
    }

    @GetMapping("/announcements/{id}/attachments")
    String files(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable AnnouncementId id,
            @RequestParam(name = "upload", required = false) @Nullable String upload,
            Model model) {
        dialogue.authoriseTeam(id, user);
        return page(model, id, user, TooLarge.errors(new FilesForm(), "filesForm", upload));
    }

    @PostMapping("/announcements/{id}/attachments")
    String upload(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable AnnouncementId id,
            @ModelAttribute("filesForm") FilesForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        dialogue.authoriseTeam(id, user);
        try {
            attachments.addToAnnouncement(id, Uploads.of(form.getFiles()), user);
            redirect.addFlashAttribute("flash", "dialogue.attachment.flash.added");
            return "redirect:/announcements/" + id + "#attachments";
        } catch (UploadRejected rejected) {
            errors.rejectValue("files", rejected.messageKey(), rejected.arguments(), null);
        } catch (AnnouncementInputRejected rejected) {
            errors.rejectValue("files", rejected.messageKey());
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, id, user, errors);
    }

    @GetMapping("/announcements/{id}/attachments/{attachment}")
    ResponseEntity<byte[]> download(
            @AuthenticationPrincipal @Nullable CurrentUser user,
            @PathVariable AnnouncementId id,
            @PathVariable AttachmentId attachment) {
        AttachmentFile file = attachments.download(id, attachment, user);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.content());
    }

    private String page(Model model, AnnouncementId id, CurrentUser user, Errors errors) {
        model.addAttribute(
                "page",
                new AttachmentsPage(queries.announcement(id, user), attachments.announcementFiles(id, user), errors));
        return AttachmentsPage.TEMPLATE;
    }
}
