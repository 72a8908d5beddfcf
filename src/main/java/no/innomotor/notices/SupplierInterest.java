package no.innomotor.notices;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a supplier wants to hear about: CPV codes (a parent code covers its descendants), NUTS regions (a code covers
 * the regions inside it) and keywords (any of them in a title or description). An empty part does not narrow; a
 * non-empty part must match at least once.
 */
public record SupplierInterest(Set<String> cpvCodes, Set<String> nutsCodes, Set<String> keywords)
        implements Serializable {

    public SupplierInterest {
        cpvCodes = normalised(cpvCodes, code -> CpvCatalogue.normalise(code));
        nutsCodes = normalised(nutsCodes, code -> code.strip().toUpperCase(Locale.ROOT));
        keywords = normalised(keywords, String::strip);
    }

    public boolean isEmpty() {
        return cpvCodes.isEmpty() && nutsCodes.isEmpty() && keywords.isEmpty();
    }

    private static Set<String> normalised(Set<String> values, java.util.function.UnaryOperator<String> normalise) {
        Set<String> result = new LinkedHashSet<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                result.add(normalise.apply(value));
            }
        }
        return Set.copyOf(result);
    }
}
