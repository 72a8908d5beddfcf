package no.innomotor.knowledge.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * CSV as Norwegian spreadsheets read it: UTF-8 with a byte-order mark (so Excel shows æ, ø and å), semicolons between
 * cells (the list separator of Norwegian Excel), CRLF between rows, RFC 4180 quoting. A cell that begins with = + - @,
 * a tab or a carriage return is prefixed with an apostrophe, so no spreadsheet takes a title for a formula.
 */
final class OpenDataCsv implements AutoCloseable {

    static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    private static final char SEPARATOR = ';';

    private final Writer out;

    OpenDataCsv(OutputStream body) {
        this.out = new OutputStreamWriter(body, StandardCharsets.UTF_8);
        write("\uFEFF");
    }

    /** The whole table as bytes, for small tables. */
    static byte[] bytes(List<String> header, List<List<@Nullable Object>> rows) {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        try (OpenDataCsv csv = new OpenDataCsv(buffer)) {
            csv.row(header);
            rows.forEach(csv::row);
        }
        return buffer.toByteArray();
    }

    void row(List<? extends @Nullable Object> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(SEPARATOR);
            }
            line.append(cell(cells.get(i)));
        }
        line.append("\r\n");
        write(line.toString());
    }

    /** One cell: numbers as they are, text made inert and quoted where it must be. */
    static String cell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = inert(value.toString());
        boolean quote = text.indexOf(SEPARATOR) >= 0
                || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0
                || text.indexOf(',') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** Text a spreadsheet would take for a formula, with an apostrophe in front. */
    static String inert(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
