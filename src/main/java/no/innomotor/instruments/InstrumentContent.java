package no.innomotor.instruments;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import no.innomotor.shared.CostCategory;
import org.jspecify.annotations.Nullable;

/**
 * Everything an instrument says, as its actor writes it: the working copy, and each published version as an
 * immutable copy of it. {@code rolling}: applications any time; otherwise {@code deadlines} are the calls' closing
 * dates. {@code exampleAmounts}: the amounts illustrate the kind of instrument and are no promise (the demo
 * catalogue's are). Apply by {@code applyUrl} (LINK) or in Innomotor through risk-relief scheme {@code schemeId}.
 */
public record InstrumentContent(
        String name,
        String summary,
        InstrumentKind kind,
        Audience audience,
        Eligibility eligibility,
        boolean rolling,
        List<LocalDate> deadlines,
        ApplyRoute applyRoute,
        @Nullable String applyUrl,
        @Nullable String schemeId,
        String contact,
        List<CostCategory> costCategories,
        boolean exampleAmounts) {

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 4000;

    public InstrumentContent {
        name = name.strip();
        summary = summary.strip();
        contact = contact == null ? "" : contact.strip();
        eligibility = eligibility == null ? Eligibility.ANYONE : eligibility;
        deadlines = deadlines == null
                ? List.of()
                : deadlines.stream()
                        .filter(Objects::nonNull)
                        .distinct()
                        .sorted()
                        .toList();
        costCategories = costCategories == null
                ? List.of()
                : costCategories.stream()
                        .filter(Objects::nonNull)
                        .distinct()
                        .sorted()
                        .toList();
        applyUrl = blankToNull(applyUrl);
        schemeId = blankToNull(schemeId);
    }

    /** The first closing date on or after {@code today}; none for a rolling call or when every call has closed. */
    public @Nullable LocalDate nextDeadline(LocalDate today) {
        if (rolling) {
            return null;
        }
        return deadlines.stream().filter(d -> !d.isBefore(today)).findFirst().orElse(null);
    }

    /** A call-based instrument whose every call has closed: it needs a new call before anyone can apply. */
    public boolean callsClosed(LocalDate today) {
        return !rolling && nextDeadline(today) == null;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
