package no.innomotor.suppliers;

import java.util.List;

/** One page of the directory: the listings in order, how many there are in all, and where this page is. */
public record SupplierPage(List<SupplierListing> items, long total, int page, int size) {

    public SupplierPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}
