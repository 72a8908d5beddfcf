package no.innomotor.instruments;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.shared.NutsCode;
import no.innomotor.suppliers.SizeClass;
import org.jspecify.annotations.Nullable;

/**
 * What is known about whoever is matched: a project (its buyer's side), a supplier company, or a free description.
 * A fact left null or empty is unknown, and a rule that needs it is not met: an instrument is shown as fitting only
 * when every rule it has is known to be met. {@code cpvCodes}: a project's CPV codes or a supplier's competences.
 */
public record MatchSubject(
        Audience side,
        @Nullable OrganisationType organisationType,
        @Nullable SizeClass sizeClass,
        List<String> cpvCodes,
        List<NutsCode> regions,
        @Nullable Integer roadmapStep,
        @Nullable Long amount,
        boolean signedMandate,
        boolean pilotCustomer) {

    public MatchSubject {
        cpvCodes = cpvCodes == null
                ? List.of()
                : cpvCodes.stream().filter(Objects::nonNull).toList();
        regions = regions == null
                ? List.of()
                : regions.stream().filter(Objects::nonNull).toList();
    }

    /** The subject's values for a rule of this code, as strings; empty when unknown. */
    List<String> values(RuleCode code) {
        return switch (code) {
            case AUDIENCE -> side == Audience.BOTH ? List.of() : List.of(side.name());
            case ORGANISATION_TYPE -> organisationType == null ? List.of() : List.of(organisationType.name());
            case SIZE_CLASS -> sizeClass == null ? List.of() : List.of(sizeClass.name());
            case SECTOR -> cpvCodes;
            case REGION -> regions.stream().map(NutsCode::value).toList();
            case ROADMAP_STEP -> roadmapStep == null ? List.of() : List.of(String.valueOf(roadmapStep));
            case AMOUNT -> amount == null ? List.of() : List.of(String.valueOf(amount));
            case SIGNED_MANDATE -> signedMandate ? List.of("true") : List.of();
            case PILOT_CUSTOMER -> pilotCustomer ? List.of("true") : List.of();
        };
    }

    /** Every fact by rule code, for a page that says what it matched on. */
    public Map<RuleCode, List<String>> facts() {
        Map<RuleCode, List<String>> facts = new EnumMap<>(RuleCode.class);
        for (RuleCode code : RuleCode.values()) {
            facts.put(code, values(code));
        }
        return facts;
    }
}
