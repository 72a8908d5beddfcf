package no.innomotor.instruments.web;

import java.util.List;
import no.innomotor.organisations.OrganisationSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The form that adds an instrument ({@code instrumentId} null, with the actors the person may add for) or edits a
 * working copy. {@code conflict}: someone saved after the version the form started from; what was typed is kept.
 */
public record InstrumentFormPage(
        @Nullable String instrumentId,
        @Nullable String instrumentName,
        List<OrganisationSummary> owners,
        InstrumentForm form,
        Errors errors,
        boolean conflict) {

    static final String TEMPLATE = "instruments/form";

    public boolean creating() {
        return instrumentId == null;
    }
}
