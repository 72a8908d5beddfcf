package no.innomotor.dialogue.web;

import no.innomotor.dialogue.MeetingsOverview;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/** The meetings section of the announcement page (dialogue/meetings.jte): the overview and an empty minutes form. */
public record MeetingsSection(MeetingsOverview overview, Errors minutesErrors) {

    static MeetingsSection of(MeetingsOverview overview) {
        return new MeetingsSection(overview, new BeanPropertyBindingResult(new MinutesForm(), "minutesForm"));
    }
}
