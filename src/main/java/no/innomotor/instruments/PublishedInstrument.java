package no.innomotor.instruments;

import java.time.Instant;
import java.util.List;
import no.innomotor.shared.OrganisationId;

/** The latest published version of an instrument, as the public catalogue, the matching and the API read it. */
public record PublishedInstrument(
        InstrumentId id,
        int versionNumber,
        OrganisationId owner,
        String ownerName,
        InstrumentContent content,
        Instant publishedAt) {

    public String name() {
        return content.name();
    }

    /** The instrument's rules, read from its audience and eligibility. */
    public List<Rule> rules() {
        return Rule.of(content.audience(), content.eligibility());
    }
}
