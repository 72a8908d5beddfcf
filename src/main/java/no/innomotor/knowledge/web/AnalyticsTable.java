package no.innomotor.knowledge.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One table of the analytics dashboard, in the reader's language: the same rows on the page, in its chart, in its CSV
 * and in its XLSX file.
 *
 * @param id the table's name in its download address ({@code /analytics/table.csv?table=steps})
 * @param chart whether the page draws the first value column as a bar chart beside the table
 */
public record AnalyticsTable(String id, String caption, List<String> headers, List<Row> rows, boolean chart) {

    public AnalyticsTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** A row's label and its values (whole numbers; null where there is none). */
    public record Row(String label, List<@Nullable Long> values) {

        public Row {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }

        public long first() {
            Long value = values.isEmpty() ? null : values.get(0);
            return value == null ? 0 : value;
        }
    }

    /** The chart's bars: each row's first value as a share of the largest, in a 0–300 wide drawing. */
    public List<Bar> bars() {
        long max = rows.stream().mapToLong(Row::first).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int width = max == 0 ? 0 : (int) Math.round(300.0 * row.first() / max);
            bars.add(new Bar(row.label(), row.first(), 10 + i * BAR_STEP, width));
        }
        return bars;
    }

    public int chartHeight() {
        return 20 + rows.size() * BAR_STEP;
    }

    static final int BAR_STEP = 28;

    public record Bar(String label, long value, int y, int width) {}

    /** The rows as cells, for the files: the label, then the values. */
    List<List<@Nullable Object>> cells() {
        List<List<@Nullable Object>> cells = new ArrayList<>();
        for (Row row : rows) {
            List<@Nullable Object> line = new ArrayList<>();
            line.add(row.label());
            line.addAll(row.values());
            cells.add(line);
        }
        return cells;
    }
}
