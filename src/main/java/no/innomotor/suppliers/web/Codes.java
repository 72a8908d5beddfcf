package no.innomotor.suppliers.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import org.springframework.validation.Errors;

/** Reads the code and keyword fields as typed: codes separated by commas, semicolons or line breaks. */
final class Codes {

    private Codes() {}

    static List<String> tokens(String typed) {
        if (typed == null) {
            return List.of();
        }
        return Arrays.stream(typed.split("[,;\\r\\n]+"))
                .map(String::strip)
                .filter(token -> !token.isEmpty())
                .toList();
    }

    /** The CPV codes typed; a token that is no code is an error on {@code field}. */
    static List<CpvCode> cpv(String typed, String field, Errors errors) {
        List<CpvCode> codes = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (String token : tokens(typed)) {
            Optional<CpvCode> code = CpvCode.parse(token);
            if (code.isPresent()) {
                if (!codes.contains(code.get())) {
                    codes.add(code.get());
                }
            } else {
                wrong.add(token);
            }
        }
        if (!wrong.isEmpty() && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "suppliers.error.cpvUnknown", new Object[] {String.join(", ", wrong)}, null);
        }
        return codes;
    }

    static List<NutsCode> nuts(List<String> chosen) {
        List<NutsCode> codes = new ArrayList<>();
        for (String value : chosen) {
            NutsCode.parse(value).filter(code -> !codes.contains(code)).ifPresent(codes::add);
        }
        return codes;
    }

    /** Keywords as typed, each once (case ignored), blanks dropped. */
    static List<String> keywords(String typed) {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        List<String> words = new ArrayList<>();
        for (String token : tokens(typed)) {
            if (seen.add(token.toLowerCase(Locale.ROOT))) {
                words.add(token);
            }
        }
        return words;
    }
}
