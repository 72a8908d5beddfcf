package no.innomotor.benefits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a file of measurements: a header line naming the columns, then one measurement a line. Columns (in any order,
 * Norwegian or English names): {@code benefit} (the benefit's id or its number in the overview), {@code date}
 * (yyyy-mm-dd or dd.mm.yyyy), {@code value} (decimal point or Norwegian decimal comma, spaces as thousands
 * separators) and an optional {@code comment}. Separated by semicolons or commas (the header line decides); a field
 * may be quoted with double quotes, as a comma-separated value with a decimal comma must be.
 *
 * <p>All or nothing: every bad row is reported, naming its line and column, and then no row is taken.
 */
public final class MeasurementCsv {

    public static final int MAX_ROWS = 5_000;
    public static final int MAX_COMMENT = 2_000;
    static final BigDecimal MAX_VALUE = new BigDecimal("1000000000000000");

    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("benefit", "benefit"),
            Map.entry("benefit-id", "benefit"),
            Map.entry("key", "benefit"),
            Map.entry("nytte", "benefit"),
            Map.entry("gevinst", "benefit"),
            Map.entry("date", "date"),
            Map.entry("dato", "date"),
            Map.entry("value", "value"),
            Map.entry("verdi", "value"),
            Map.entry("comment", "comment"),
            Map.entry("kommentar", "comment"));

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final DateTimeFormatter NORWEGIAN_DATE =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

    private MeasurementCsv() {}

    /** One measurement read from the file, with the line it stood on. */
    public record Row(int line, BenefitId benefit, LocalDate on, BigDecimal value, String comment) {}

    /**
     * What is wrong on one line: {@code column} as the file's header names it (empty for the line as a whole), the
     * message key, and its arguments.
     */
    public record RowError(int line, String column, String messageKey, List<Object> arguments) {
        public RowError {
            arguments = List.copyOf(arguments);
        }
    }

    /**
     * The file's rows, every one of them good; or {@link BenefitsExceptions.MeasurementsRefused} with every error.
     *
     * @param benefits finds the benefit a key names, empty for a key that names none that can be measured
     * @param today measurements from the future are refused
     */
    public static List<Row> parse(String text, Function<String, Optional<BenefitId>> benefits, LocalDate today) {
        List<RowError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        String[] lines = text.replace("\uFEFF", "").split("\\r\\n|\\n|\\r", -1);
        int headerLine = 0;
        while (headerLine < lines.length && lines[headerLine].isBlank()) {
            headerLine++;
        }
        if (headerLine == lines.length) {
            throw refused(List.of(new RowError(1, "", "benefits.csv.error.empty", List.of())));
        }
        String header = lines[headerLine];
        char separator = header.indexOf(';') >= 0 ? ';' : ',';
        List<String> names = split(header, separator);
        if (names == null) {
            throw refused(List.of(new RowError(headerLine + 1, "", "benefits.csv.error.quote", List.of())));
        }
        int benefitAt = -1;
        int dateAt = -1;
        int valueAt = -1;
        int commentAt = -1;
        for (int i = 0; i < names.size(); i++) {
            String column = COLUMNS.get(names.get(i).strip().toLowerCase(Locale.ROOT));
            if (column == null) {
                errors.add(new RowError(
                        headerLine + 1, names.get(i).strip(), "benefits.csv.error.unknownColumn", List.of()));
                continue;
            }
            switch (column) {
                case "benefit" -> benefitAt = i;
                case "date" -> dateAt = i;
                case "value" -> valueAt = i;
                default -> commentAt = i;
            }
        }
        if (benefitAt < 0 || dateAt < 0 || valueAt < 0) {
            errors.add(new RowError(headerLine + 1, "", "benefits.csv.error.header", List.of()));
        }
        if (!errors.isEmpty()) {
            throw refused(errors);
        }
        for (int index = headerLine + 1; index < lines.length; index++) {
            int line = index + 1;
            if (lines[index].isBlank()) {
                continue;
            }
            List<String> fields = split(lines[index], separator);
            if (fields == null) {
                errors.add(new RowError(line, "", "benefits.csv.error.quote", List.of()));
                continue;
            }
            if (fields.size() != names.size()) {
                errors.add(new RowError(line, "", "benefits.csv.error.columns", List.of(names.size(), fields.size())));
                continue;
            }
            String key = fields.get(benefitAt).strip();
            Optional<BenefitId> benefit = key.isEmpty() ? Optional.empty() : benefits.apply(key);
            if (benefit.isEmpty()) {
                errors.add(
                        new RowError(line, names.get(benefitAt).strip(), "benefits.csv.error.benefit", List.of(key)));
            }
            LocalDate on = date(fields.get(dateAt));
            if (on == null) {
                errors.add(new RowError(
                        line,
                        names.get(dateAt).strip(),
                        "benefits.csv.error.date",
                        List.of(fields.get(dateAt).strip())));
            } else if (on.isAfter(today)) {
                errors.add(new RowError(line, names.get(dateAt).strip(), "benefits.csv.error.future", List.of()));
            }
            BigDecimal value = number(fields.get(valueAt));
            if (value == null) {
                errors.add(new RowError(
                        line,
                        names.get(valueAt).strip(),
                        "benefits.csv.error.value",
                        List.of(fields.get(valueAt).strip())));
            }
            String comment = commentAt < 0 ? "" : fields.get(commentAt).strip();
            if (comment.length() > MAX_COMMENT) {
                errors.add(new RowError(
                        line, names.get(commentAt).strip(), "benefits.csv.error.comment", List.of(MAX_COMMENT)));
            }
            if (benefit.isPresent() && on != null && value != null && errors.isEmpty()) {
                rows.add(new Row(line, benefit.get(), on, value, comment));
            }
            if (rows.size() > MAX_ROWS) {
                errors.add(new RowError(line, "", "benefits.csv.error.tooMany", List.of(MAX_ROWS)));
                break;
            }
        }
        if (errors.isEmpty() && rows.isEmpty()) {
            errors.add(new RowError(headerLine + 1, "", "benefits.csv.error.empty", List.of()));
        }
        if (!errors.isEmpty()) {
            throw refused(errors);
        }
        return List.copyOf(rows);
    }

    /** A value as people type it: 1234.5, 1 234,5, 1.234,5, −3; null when it is not a number in range. */
    public static @Nullable BigDecimal number(String typed) {
        String plain = typed.strip()
                .replace("\u00a0", "")
                .replace("\u202f", "")
                .replace(" ", "")
                .replace('\u2212', '-');
        if (plain.indexOf(',') >= 0) {
            plain = plain.replace(".", "").replace(',', '.');
        }
        if (!NUMBER.matcher(plain).matches()) {
            return null;
        }
        BigDecimal value = new BigDecimal(plain);
        return value.abs().compareTo(MAX_VALUE) >= 0 || value.scale() > 4 ? null : value;
    }

    /** A date as yyyy-mm-dd or dd.mm.yyyy; null when it is neither or no such day. */
    public static @Nullable LocalDate date(String typed) {
        String plain = typed.strip();
        try {
            return plain.contains(".") ? LocalDate.parse(plain, NORWEGIAN_DATE) : LocalDate.parse(plain);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /** The fields of one line; null when a quote is left open. */
    static @Nullable List<String> split(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }

    private static BenefitsExceptions.MeasurementsRefused refused(List<RowError> errors) {
        return new BenefitsExceptions.MeasurementsRefused(errors);
    }
}
