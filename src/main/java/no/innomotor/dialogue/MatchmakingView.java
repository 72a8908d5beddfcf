package no.innomotor.dialogue;

import java.util.List;
import java.util.Optional;

/**
 * The announcement's matchmaking as one reader may see it. The companies taking part are listed for the team and for
 * a company that takes part itself; any other supplier learns only how many take part ({@code count}) and whether it
 * may join ({@code mayJoin}: registered, not yet taking part, the announcement published), with the contacts it may
 * name. {@code shown} is false for readers who are neither team nor supplier: the page leaves the section out.
 */
public record MatchmakingView(
        boolean shown,
        int count,
        List<MatchmakingPartner> partners,
        Optional<MatchmakingPartner> own,
        boolean mayJoin,
        List<Participant> contactChoices) {

    public MatchmakingView {
        partners = List.copyOf(partners);
        contactChoices = List.copyOf(contactChoices);
    }

    static MatchmakingView hidden() {
        return new MatchmakingView(false, 0, List.of(), Optional.empty(), false, List.of());
    }

    public boolean joined() {
        return own.isPresent();
    }
}
