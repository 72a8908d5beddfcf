package no.innomotor.followup;

import java.util.List;

/** One page of the advisers' overview: overdue next steps first, then the earliest due, then by name. */
public record Overview(List<OverviewRow> rows, long total, int page, int size) {

    public Overview {
        rows = List.copyOf(rows);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
