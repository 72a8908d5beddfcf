package no.innomotor.suppliers.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.innomotor.notices.CpvCatalogue;
import no.innomotor.notices.NutsCatalogue;
import no.innomotor.notices.NutsRegion;
import no.innomotor.shared.CpvCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Names codes for pages: CPV codes by the catalogue's label in the reader's language, regions by their name. */
@Component
class CodeLabels {

    private final CpvCatalogue cpv;
    private final NutsCatalogue nuts;
    private final MessageSource messages;

    CodeLabels(CpvCatalogue cpv, NutsCatalogue nuts, MessageSource messages) {
        this.cpv = cpv;
        this.nuts = nuts;
        this.messages = messages;
    }

    List<Labelled> cpv(List<String> codes, Locale locale) {
        return codes.stream()
                .map(code -> new Labelled(
                        code,
                        CpvCode.parse(code)
                                .flatMap(cpv::find)
                                .map(entry -> entry.label(locale))
                                .orElse(code)))
                .toList();
    }

    List<Labelled> regions(List<String> codes, Locale locale) {
        return codes.stream()
                .map(code -> new Labelled(code, region(code, locale)))
                .toList();
    }

    String region(String code, Locale locale) {
        if ("NO".equals(code)) {
            return messages.getMessage("suppliers.region.NO", null, code, locale);
        }
        return nuts.find(code).map(NutsRegion::name).orElse(code);
    }

    /** Every county by code, and Norway as a whole, for a page that names many regions. */
    Map<String, String> regionNames(Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("NO", region("NO", locale));
        nuts.norwegianRegions().forEach(region -> names.put(region.code().value(), region.name()));
        return names;
    }
}
