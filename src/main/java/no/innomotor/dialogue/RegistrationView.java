package no.innomotor.dialogue;

import java.time.Instant;
import java.util.List;
import no.innomotor.shared.OrganisationId;

/** A company's registration of interest: shown to the buyer's team, and to the company itself. */
public record RegistrationView(
        OrganisationId company, String companyName, Instant registeredAt, List<Participant> participants) {

    public RegistrationView {
        participants = List.copyOf(participants);
    }
}
