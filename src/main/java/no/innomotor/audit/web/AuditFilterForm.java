package no.innomotor.audit.web;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The audit log's filter, bound from the query string. Every field is text, so nothing a person types can turn into
 * a conversion error with a technical message; dates are read in Norwegian format (24.12.2026) or ISO (2026-12-24).
 */
public class AuditFilterForm {

    static final String UUID_OR_EMPTY = "|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final DateTimeFormatter NORWEGIAN_DATE =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

    @Pattern(regexp = UUID_OR_EMPTY, message = "{audit.filter.organisation.invalid}")
    private @Nullable String organisation;

    @Size(max = 50, message = "{audit.filter.objectType.invalid}")
    private @Nullable String objectType;

    @Size(max = 100, message = "{audit.filter.action.invalid}")
    private @Nullable String action;

    @Size(max = 200, message = "{audit.filter.text.tooLong}")
    private @Nullable String text;

    private @Nullable String from;

    private @Nullable String to;

    private @Nullable String page;

    /** A date as typed, or empty when nothing was typed; a {@link DateTimeException} when it is not a date. */
    static Optional<LocalDate> parseDate(@Nullable String input) {
        String value = input == null ? "" : input.trim();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.of(LocalDate.parse(value));
        }
        if (value.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")) {
            return Optional.of(LocalDate.parse(value, NORWEGIAN_DATE));
        }
        throw new DateTimeException("Not a date: " + value);
    }

    /** The page asked for, counted from 1; anything that is not a positive number means the first page. */
    int pageNumber() {
        String value = page == null ? "" : page.trim();
        if (!value.matches("\\d{1,6}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(value));
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public @Nullable String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(@Nullable String organisation) {
        this.organisation = organisation;
    }

    public @Nullable String getObjectType() {
        return objectType;
    }

    public void setObjectType(@Nullable String objectType) {
        this.objectType = objectType;
    }

    public @Nullable String getAction() {
        return action;
    }

    public void setAction(@Nullable String action) {
        this.action = action;
    }

    public @Nullable String getText() {
        return text;
    }

    public void setText(@Nullable String text) {
        this.text = text;
    }

    public @Nullable String getFrom() {
        return from;
    }

    public void setFrom(@Nullable String from) {
        this.from = from;
    }

    public @Nullable String getTo() {
        return to;
    }

    public void setTo(@Nullable String to) {
        this.to = to;
    }

    public @Nullable String getPage() {
        return page;
    }

    public void setPage(@Nullable String page) {
        this.page = page;
    }
}
