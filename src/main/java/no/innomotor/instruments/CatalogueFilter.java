package no.innomotor.instruments;

import no.innomotor.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** The public catalogue's filter: kind, audience (an instrument for both sides is shown for either), actor. */
public record CatalogueFilter(
        @Nullable InstrumentKind kind,
        @Nullable Audience audience,
        @Nullable OrganisationId actor) {

    public static final CatalogueFilter ALL = new CatalogueFilter(null, null, null);

    boolean admits(PublishedInstrument instrument) {
        return (kind == null || instrument.content().kind() == kind)
                && (audience == null || instrument.content().audience().admits(audience))
                && (actor == null || instrument.owner().equals(actor));
    }
}
