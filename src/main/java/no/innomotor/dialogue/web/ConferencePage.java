package no.innomotor.dialogue.web;

import java.util.Optional;
import no.innomotor.dialogue.AnnouncementView;
import no.innomotor.dialogue.ConferenceView;
import org.springframework.validation.Errors;

/**
 * The dialogue conference's page (dialogue/conference.jte): the plan and agenda for everyone, a supplier's own
 * registration and form, the material and minutes for those registered for the dialogue, the team's participant
 * list and forms; each form with the errors it came back with.
 */
public record ConferencePage(
        AnnouncementView announcement,
        Optional<ConferenceView> conference,
        RegistrationForm registrationForm,
        Errors registrationErrors,
        Errors materialErrors,
        TextForm minutesForm,
        Errors minutesErrors) {

    static final String TEMPLATE = "dialogue/conference";
}
