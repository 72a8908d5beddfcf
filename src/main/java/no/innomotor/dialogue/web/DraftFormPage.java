package no.innomotor.dialogue.web;

import no.innomotor.dialogue.AnnouncementView;
import org.springframework.validation.Errors;

/** The team's form for a draft tender document out for comment (dialogue/draftForm.jte). */
public record DraftFormPage(AnnouncementView announcement, DraftForm form, Errors errors) {

    static final String TEMPLATE = "dialogue/draftForm";
}
