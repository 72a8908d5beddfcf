package no.innomotor.instruments.web;

import java.util.List;
import no.innomotor.instruments.InstrumentView;
import org.jspecify.annotations.Nullable;

/**
 * One instrument (instruments/instrument.jte): what the reader may see of it, its rules as sentences ({@code rules}),
 * where to apply ({@code applyLink} only for a reader who may; {@code schemeName}: the risk-relief scheme applied
 * through in Innomotor, named to everyone), and for its keepers the state of the working copy. {@code conflict}: a publish met a newer version.
 */
public record InstrumentPage(
        InstrumentView instrument,
        List<String> rules,
        @Nullable String applyLink,
        @Nullable String schemeName,
        boolean conflict,
        java.time.LocalDate today) {

    static final String TEMPLATE = "instruments/instrument";
}
