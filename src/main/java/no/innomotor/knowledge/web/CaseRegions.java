package no.innomotor.knowledge.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.innomotor.notices.NutsCatalogue;
import no.innomotor.notices.NutsRegion;
import org.springframework.stereotype.Component;

/** A case's area by name, "Oslo (NO081)", from the eForms SDK's NUTS list; an unknown code is shown as it is. */
@Component
class CaseRegions {

    private final NutsCatalogue nuts;

    CaseRegions(NutsCatalogue nuts) {
        this.nuts = nuts;
    }

    String name(String code) {
        return nuts.find(code)
                .map(NutsRegion::name)
                .map(n -> n + " (" + code + ")")
                .orElse(code);
    }

    Map<String, String> names(List<String> codes) {
        Map<String, String> names = new LinkedHashMap<>();
        codes.forEach(code -> names.put(code, name(code)));
        return names;
    }
}
