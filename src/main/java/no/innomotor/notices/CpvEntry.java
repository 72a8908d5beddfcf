package no.innomotor.notices;

import java.util.Locale;
import no.innomotor.shared.CpvCode;
import org.jspecify.annotations.Nullable;

/** One entry of the CPV 2008 code list: the code with its English label, its bokmål label where one is configured, and its parent. */
public record CpvEntry(
        CpvCode code,
        String english,
        @Nullable String bokmal,
        @Nullable CpvCode parent) {

    /** The label in the user's language; bokmål serves nynorsk too; never blank. */
    public String label(Locale locale) {
        boolean norwegian = switch (locale.getLanguage()) {
            case "nb", "nn", "no" -> true;
            default -> false;
        };
        return norwegian && bokmal != null && !bokmal.isBlank() ? bokmal : english;
    }

    /** Level in the tree: 1 division (XX000000), 2 group, 3 class, 4 category, 5 and deeper. */
    public int level() {
        return code.level();
    }
}
