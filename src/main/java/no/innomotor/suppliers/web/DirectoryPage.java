package no.innomotor.suppliers.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.innomotor.notices.CpvEntry;
import no.innomotor.suppliers.SupplierPage;
import org.springframework.validation.Errors;

/**
 * The supplier directory (suppliers/directory.jte): the filters as typed with their errors, one page of listed
 * suppliers, the names of regions, the path of the CPV code filtered on, the links to the pages around this one,
 * and whether only the results are wanted (an htmx request).
 */
public record DirectoryPage(
        DirectoryQuery query,
        Errors errors,
        SupplierPage results,
        Map<String, String> regionNames,
        List<CpvEntry> cpvPath,
        Optional<String> previousUrl,
        Optional<String> nextUrl,
        boolean fragment) {

    static final String TEMPLATE = "suppliers/directory";

    public DirectoryPage {
        regionNames = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(regionNames));
        cpvPath = List.copyOf(cpvPath);
    }

    public String regionName(String code) {
        return regionNames.getOrDefault(code, code);
    }
}
