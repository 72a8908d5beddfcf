package no.innomotor.suppliers.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.innomotor.suppliers.SavedSearchView;
import org.springframework.validation.Errors;

/**
 * The supplier person's saved searches (suppliers/searches.jte): their searches, the form (a new search, or the one
 * being edited) with its errors, the names of regions to choose among, and whether someone changed the search first.
 */
public record SavedSearchesPage(
        List<SavedSearchView> searches,
        SavedSearchForm form,
        Errors errors,
        Optional<UUID> editing,
        Map<String, String> regionNames,
        boolean conflict) {

    static final String TEMPLATE = "suppliers/searches";

    public SavedSearchesPage {
        searches = List.copyOf(searches);
        regionNames = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(regionNames));
    }

    public String regionName(String code) {
        return regionNames.getOrDefault(code, code);
    }

    SavedSearchesPage conflicted() {
        return new SavedSearchesPage(searches, form, errors, editing, regionNames, true);
    }
}
