package no.innomotor.suppliers;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.innomotor.notices.CpvCatalogue;
import no.innomotor.notices.CpvEntry;
import no.innomotor.notices.NutsCatalogue;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import org.springframework.stereotype.Component;

/**
 * Checks the codes a supplier chose against the catalogues (every CPV code of the EU's list; the Norwegian counties
 * and other NUTS regions, and Norway as a whole) and works out a profile's CPV scope: its codes with every ancestor.
 */
@Component
class SupplierCodes {

    static final NutsCode NORWAY = new NutsCode("NO");

    private final CpvCatalogue cpv;
    private final NutsCatalogue nuts;

    SupplierCodes(CpvCatalogue cpv, NutsCatalogue nuts) {
        this.cpv = cpv;
        this.nuts = nuts;
    }

    void check(List<CpvCode> cpvCodes, List<NutsCode> regions, String cpvField, String regionField) {
        List<String> unknown = cpvCodes.stream()
                .filter(code -> !cpv.isKnown(code))
                .map(CpvCode::value)
                .toList();
        if (!unknown.isEmpty()) {
            throw new ProfileInputRejected(
                    cpvField, "suppliers.error.cpvUnknown", "Unknown CPV codes " + unknown, String.join(", ", unknown));
        }
        List<String> unknownRegions = regions.stream()
                .filter(region -> !region.equals(NORWAY) && !nuts.isKnown(region))
                .map(NutsCode::value)
                .toList();
        if (!unknownRegions.isEmpty()) {
            throw new ProfileInputRejected(
                    regionField,
                    "suppliers.error.nutsUnknown",
                    "Unknown NUTS codes " + unknownRegions,
                    String.join(", ", unknownRegions));
        }
    }

    /** The codes and all their ancestors in the CPV tree. */
    Set<CpvCode> scope(List<CpvCode> codes) {
        Set<CpvCode> scope = new LinkedHashSet<>();
        for (CpvCode code : codes) {
            scope.add(code);
            cpv.path(code).stream().map(CpvEntry::code).forEach(scope::add);
        }
        return scope;
    }

    /** A region's name for a reader: the county's, or the code where the catalogue has none. */
    String regionName(String code) {
        return nuts.find(code).map(region -> region.name()).orElse(code);
    }
}
