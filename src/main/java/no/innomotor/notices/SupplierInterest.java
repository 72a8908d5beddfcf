package no.innomotor.notices;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Set;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;

/**
 * What a supplier wants to hear about: CPV codes (a parent code covers its descendants), NUTS regions (a code covers
 * the regions inside it) and keywords (any of them in a title or description). An empty part does not narrow; a
 * non-empty part must match at least once.
 */
public record SupplierInterest(Set<CpvCode> cpvCodes, Set<NutsCode> nutsCodes, Set<String> keywords)
        implements Serializable {

    public SupplierInterest {
        cpvCodes = Set.copyOf(cpvCodes);
        nutsCodes = Set.copyOf(nutsCodes);
        keywords = stripped(keywords);
    }

    public boolean isEmpty() {
        return cpvCodes.isEmpty() && nutsCodes.isEmpty() && keywords.isEmpty();
    }

    private static Set<String> stripped(Set<String> values) {
        Set<String> result = new LinkedHashSet<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                result.add(value.strip());
            }
        }
        return Set.copyOf(result);
    }
}
