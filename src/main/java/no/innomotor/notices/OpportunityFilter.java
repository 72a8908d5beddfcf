package no.innomotor.notices;

import java.io.Serializable;
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
        @Nullable String cpv,
        @Nullable String region,
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
        cpv = blankToNull(cpv);
        region = blankToNull(region);
        text = blankToNull(text);
    }

    public boolean isEmpty() {
        return cpv == null && region == null && kind == null && deadline == null && !innovative && text == null;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
