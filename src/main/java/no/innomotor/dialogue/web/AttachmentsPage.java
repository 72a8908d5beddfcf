package no.innomotor.dialogue.web;

import java.util.List;
import no.innomotor.dialogue.AnnouncementView;
import no.innomotor.dialogue.AttachmentView;
import org.springframework.validation.Errors;

/** The team's page for the announcement's own files (dialogue/attachments.jte): the list and the upload form. */
public record AttachmentsPage(AnnouncementView announcement, List<AttachmentView> files, Errors errors) {

    static final String TEMPLATE = "dialogue/attachments";

    public AttachmentsPage {
        files = List.copyOf(files);
    }
}
