package no.innomotor.dialogue;

import java.util.ArrayList;
import java.util.List;

/** Checks the people a company registers: each with a name and a plausible e-mail address, at most {@link #MAX}. */
final class ParticipantRules {

    static final int MAX = 20;

    private ParticipantRules() {}

    static List<Participant> checked(List<Participant> participants) {
        if (participants.size() > MAX) {
            throw new AnnouncementInputRejected("participants", "dialogue.register.tooMany", "Too many participants");
        }
        List<Participant> checked = new ArrayList<>();
        for (Participant p : participants) {
            String name = p.name() == null ? "" : p.name().strip();
            String email = p.email() == null ? "" : p.email().strip();
            if (name.isEmpty() || name.length() > Participant.MAX_NAME) {
                throw new AnnouncementInputRejected(
                        "participants", "dialogue.register.nameMissing", "A participant without a name");
            }
            if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > Participant.MAX_EMAIL) {
                throw new AnnouncementInputRejected(
                        "participants", "dialogue.register.emailInvalid", "A participant without a valid e-mail");
            }
            checked.add(new Participant(name, email));
        }
        return checked;
    }
}
