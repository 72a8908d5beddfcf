package no.innomotor.notices;

import org.jspecify.annotations.Nullable;

/** What a notice announces, from its form type (BT-03, the list name of {@code cbc:NoticeTypeCode}). */
public enum NoticeKind {
    /** Prior information notices (planning), E2. */
    PLANNING,
    /** Pre-market consultation, E1. */
    CONSULTATION,
    /** Contract notices and calls for competition, E3. */
    COMPETITION,
    /** Voluntary ex-ante transparency notices. */
    DIRECT_AWARD,
    /** Contract award notices, E4. */
    RESULT,
    /** Contract modification notices, E6. */
    MODIFICATION,
    /** Contract completion notices, E5. */
    COMPLETION;

    static @Nullable NoticeKind fromFormType(@Nullable String formType) {
        if (formType == null) {
            return null;
        }
        return switch (formType) {
            case "planning" -> PLANNING;
            case "consultation" -> CONSULTATION;
            case "competition" -> COMPETITION;
            case "dir-awa-pre" -> DIRECT_AWARD;
            case "result" -> RESULT;
            case "cont-modif" -> MODIFICATION;
            case "completion" -> COMPLETION;
            default -> null;
        };
    }

    /** Whether suppliers can still take part: a deadline means something for these. */
    public boolean invitesSuppliers() {
        return this == PLANNING || this == CONSULTATION || this == COMPETITION;
    }
}
