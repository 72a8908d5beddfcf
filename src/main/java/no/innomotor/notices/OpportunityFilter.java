package no.innomotor.notices;

import java.io.Serializable;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import org.jspecify.annotations.Nullable;

/**
 * Narrows the opportunity list; every part is optional.
 *
 * @param cpv a CPV code; a parent code finds all its descendants
 * @param region a NUTS code; a prefix finds the regions inside it (NO08 finds NO081)
 * @param deadline open (a deadline not yet passed) or closed (passed, or the procedure cancelled)
 * @param innovative only innovative procurements (BT-06 {@code inn-pur} or BT-776)
 * @param text free text over titles and descriptions in every language, and buyer names
 */
public record OpportunityFilter(
        @Nullable CpvCode cpv,
        @Nullable NutsCode region,
        @Nullable NoticeKind kind,
        @Nullable Deadline deadline,
        boolean innovative,
        @Nullable String text)
        implements Serializable {

    public enum Deadline {
        OPEN,
        CLOSED
    }

    public static OpportunityFilter none() {
        return new OpportunityFilter(null, null, null, null, false, null);
    }

    public OpportunityFilter {
        text = blankToNull(text);
    }

    public boolean isEmpty() {
        return cpv == null && region == null && kind == null && deadline == null && !innovative && text == null;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
