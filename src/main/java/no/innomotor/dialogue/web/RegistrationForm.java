package no.innomotor.dialogue.web;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import no.innomotor.dialogue.Participant;
import org.jspecify.annotations.Nullable;

/** A company's registration of interest: the people who take part, one per line as «name, e-mail»; may be empty. */
public class RegistrationForm {

    @Size(max = 10_000, message = "{dialogue.register.tooMany}")
    private @Nullable String participants;

    /** The lines as participants; a line without a comma is a name without an e-mail, which the service refuses. */
    List<Participant> toParticipants() {
        List<Participant> people = new ArrayList<>();
        if (participants == null) {
            return people;
        }
        for (String line : participants.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int comma = line.lastIndexOf(',');
            people.add(
                    comma < 0
                            ? new Participant(line.strip(), "")
                            : new Participant(
                                    line.substring(0, comma).strip(),
                                    line.substring(comma + 1).strip()));
        }
        return people;
    }

    public @Nullable String getParticipants() {
        return participants;
    }

    public void setParticipants(@Nullable String participants) {
        this.participants = participants;
    }
}
