package no.innomotor.shared.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.innomotor.shared.NorwegianTime;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * A spreadsheet of one or more sheets, each a header row (bold, frozen, with a filter) over rows of values. Moments
 * ({@link Instant}) become real date-time cells in Norwegian time shown as {@code dd.mm.yyyy hh:mm}, dates real date
 * cells shown as {@code dd.mm.yyyy}, numbers numbers; so a reader can sort and compute on them. Long texts wrap.
 *
 * <pre>{@code
 * byte[] xlsx = XlsxDocument.titled("Dialoglogg", "Kari Innkjøper")
 *         .sheet("Logg", List.of(new Column("Når", 18), new Column("Hva", 30)), rows).toBytes();
 * }</pre>
 */
public final class XlsxDocument {

    /** Excel's own names for the formats; Excel shows them in the reader's regional style. */
    public static final String DATE_TIME_FORMAT = "dd.mm.yyyy hh:mm";

    public static final String DATE_FORMAT = "dd.mm.yyyy";

    /** The longest sheet name a workbook allows. */
    private static final int MAX_SHEET_NAME = 31;

    private final String title;
    private final String author;
    private final List<Sheet> sheets = new ArrayList<>();

    private XlsxDocument(String title, String author) {
        this.title = title;
        this.author = author;
    }

    /** A workbook with {@code title} and {@code author} in its document properties. */
    public static XlsxDocument titled(String title, String author) {
        return new XlsxDocument(title, author);
    }

    /** A column's header and its width in characters. */
    public record Column(String header, double width) {}

    /**
     * Adds a sheet. Each row holds one value per column: {@code String}, a {@link Number}, {@link Instant},
     * {@link LocalDate}, {@link Boolean} or null for an empty cell.
     */
    public XlsxDocument sheet(String name, List<Column> columns, List<List<@Nullable Object>> rows) {
        sheets.add(new Sheet(
                sheetName(name),
                List.copyOf(columns),
                rows.stream().map(ArrayList::new).toList()));
        return this;
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Innomotor", "1.0");
            workbook.properties().setTitle(title).setManager(author);
            for (Sheet sheet : sheets) {
                write(workbook.newWorksheet(sheet.name()), sheet);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(Worksheet ws, Sheet sheet) {
        List<Column> columns = sheet.columns();
        for (int c = 0; c < columns.size(); c++) {
            ws.width(c, columns.get(c).width());
            ws.value(0, c, columns.get(c).header());
            ws.style(0, c).bold().fillColor("E9ECEF").wrapText(true).set();
        }
        ws.freezePane(0, 1);
        int r = 1;
        for (List<@Nullable Object> row : sheet.rows()) {
            for (int c = 0; c < columns.size() && c < row.size(); c++) {
                value(ws, r, c, row.get(c));
            }
            r++;
        }
        if (!columns.isEmpty()) {
            ws.setAutoFilter(0, 0, columns.size() - 1);
        }
    }

    private static void value(Worksheet ws, int r, int c, @Nullable Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Instant instant) {
            ws.value(r, c, instant.atZone(NorwegianTime.ZONE).toLocalDateTime());
            ws.style(r, c).format(DATE_TIME_FORMAT).verticalAlignment("top").set();
        } else if (value instanceof LocalDate date) {
            ws.value(r, c, date);
            ws.style(r, c).format(DATE_FORMAT).verticalAlignment("top").set();
        } else if (value instanceof Boolean bool) {
            ws.value(r, c, bool);
        } else if (value instanceof Number number) {
            ws.value(r, c, number);
        } else {
            ws.value(r, c, value.toString());
            ws.style(r, c).wrapText(true).verticalAlignment("top").set();
        }
    }

    /** Sheet names may not hold {@code : \ / ? * [ ]} and are at most 31 characters. */
    static String sheetName(String name) {
        String cleaned = name.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        if (cleaned.isEmpty()) {
            cleaned = "Ark";
        }
        return cleaned.length() > MAX_SHEET_NAME ? cleaned.substring(0, MAX_SHEET_NAME) : cleaned;
    }

    private record Sheet(String name, List<Column> columns, List<? extends List<@Nullable Object>> rows) {}
}
