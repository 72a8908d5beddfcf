package no.innomotor.dialogue.web;

import java.util.List;
import java.util.Optional;
import no.innomotor.dialogue.AnnouncementFacts;
import no.innomotor.dialogue.AnnouncementId;
import org.springframework.validation.Errors;

/**
 * The team's form for a series of meeting slots (dialogue/meetingSlots.jte): the announcement's meeting period, the
 * length every slot already has (when some exist), and the team's members to choose the note-taker among.
 */
public record MeetingSlotsPage(
        AnnouncementId announcement,
        AnnouncementFacts facts,
        MeetingSlotsForm form,
        Errors errors,
        Optional<Long> fixedLength,
        List<NoteTaker> noteTakers) {

    static final String TEMPLATE = "dialogue/meetingSlots";

    /** A member of the team who may take the notes: the person's id (the option's value) and name. */
    public record NoteTaker(String id, String name) {}

    public MeetingSlotsPage {
        noteTakers = List.copyOf(noteTakers);
    }

    public String back() {
        return "/announcements/" + announcement + "#meetings";
    }
}
