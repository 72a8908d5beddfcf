package no.innomotor.dialogue.web;

import no.innomotor.dialogue.AnnouncementView;
import org.springframework.validation.Errors;

/** The team's conference setup form (dialogue/conferenceForm.jte); {@code conflict} after a concurrent change. */
public record ConferenceFormPage(AnnouncementView announcement, ConferenceForm form, Errors errors, boolean conflict) {

    static final String TEMPLATE = "dialogue/conferenceForm";
}
