package no.innomotor.projects;

import java.util.List;

/** One page of a filtered project list; {@code page} counts from 0. */
public record ProjectPage(List<ProjectSummary> items, int page, int size, long total) {

    public ProjectPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
