package no.innomotor.projects.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.innomotor.notices.CpvCatalogue;
import no.innomotor.notices.CpvEntry;
import org.springframework.stereotype.Component;

/**
 * Reads the CPV field as typed (72000000; 48000000-8) and describes codes for display, from the eForms SDK's
 * code list in the notices module.
 */
@Component
class CpvChoices {

    private final CpvCatalogue catalogue;

    CpvChoices(CpvCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The codes as typed, split on commas, semicolons and line breaks; blanks dropped. */
    static List<String> tokens(String typed) {
        if (typed == null) {
            return List.of();
        }
        return Arrays.stream(typed.split("[,;\\r\\n]+"))
                .map(String::strip)
                .filter(token -> !token.isEmpty())
                .toList();
    }

    /** The recognised codes among what was typed, each once, in the order typed. */
    List<CpvChoice> recognised(String typed, Locale locale) {
        Set<String> codes = new LinkedHashSet<>();
        for (String token : tokens(typed)) {
            catalogue.find(token).ifPresent(code -> codes.add(code.code().value()));
        }
        return describe(codes, locale);
    }

    /** The project's codes with their labels and paths. */
    List<CpvChoice> describe(List<no.innomotor.shared.CpvCode> codes, Locale locale) {
        return describe(codes.stream().map(no.innomotor.shared.CpvCode::value).toList(), locale);
    }

    List<CpvChoice> describe(Collection<String> codes, Locale locale) {
        List<CpvChoice> choices = new ArrayList<>();
        for (String code : codes) {
            catalogue
                    .find(code)
                    .ifPresent(found -> choices.add(new CpvChoice(
                            found.code().value(),
                            found.label(locale),
                            catalogue.path(found.code()).stream()
                                    .map(step -> level(step, locale))
                                    .toList())));
        }
        return choices;
    }

    private static CpvChoice.Level level(CpvEntry code, Locale locale) {
        return new CpvChoice.Level(code.code().value(), code.label(locale), code.level());
    }
}
