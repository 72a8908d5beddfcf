package no.innomotor.instruments.web;

import java.util.List;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.riskrelief.PublishedScheme;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/**
 * The form that adds an instrument ({@code instrumentId} null, with the actors the person may add for) or edits a
 * working copy. {@code schemes}: the published risk-relief schemes of the actors it may be for, to apply through
 * in Innomotor. {@code conflict}: someone saved after the version the form started from; what was typed is kept.
 */
public record InstrumentFormPage(
        @Nullable String instrumentId,
        @Nullable String instrumentName,
        List<OrganisationSummary> owners,
        List<PublishedScheme> schemes,
        InstrumentForm form,
        Errors errors,
        boolean conflict) {

    static final String TEMPLATE = "instruments/form";

    /** The scheme's name, with its owner's when the form offers more than one actor. */
    public String schemeLabel(PublishedScheme scheme) {
        if (owners.size() < 2) {
            return scheme.name();
        }
        return owners.stream()
                .filter(o -> o.id().equals(scheme.owner()))
                .findFirst()
                .map(o -> scheme.name() + " (" + o.name() + ")")
                .orElse(scheme.name());
    }

    public boolean creating() {
        return instrumentId == null;
    }
}
