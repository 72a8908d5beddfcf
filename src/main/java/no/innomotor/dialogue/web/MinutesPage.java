package no.innomotor.dialogue.web;

import no.innomotor.dialogue.MeetingSlotView;
import org.springframework.validation.Errors;

/** The minutes form of one booked meeting (dialogue/meetingMinutes.jte), with what the note-taker typed. */
public record MinutesPage(MeetingSlotView slot, MinutesForm form, Errors errors) {

    static final String TEMPLATE = "dialogue/meetingMinutes";

    public String back() {
        return "/announcements/" + slot.announcement() + "#meetings";
    }
}
