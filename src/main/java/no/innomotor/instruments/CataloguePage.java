package no.innomotor.instruments;

import java.util.List;

/** One page of the published catalogue; {@code page} from 0. */
public record CataloguePage(List<PublishedInstrument> items, long total, int page, int size) {

    public CataloguePage {
        items = List.copyOf(items);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
