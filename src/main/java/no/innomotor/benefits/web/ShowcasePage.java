package no.innomotor.benefits.web;

import java.util.List;
import no.innomotor.benefits.ShowcaseEntry;
import org.jspecify.annotations.Nullable;

/** The public showcase (benefits/showcase.jte): the list of entries, or one project's entry on its own page. */
public record ShowcasePage(
        List<ShowcaseEntry> entries, @Nullable ShowcaseEntry entry) {

    static final String TEMPLATE = "benefits/showcase";

    public ShowcasePage {
        entries = List.copyOf(entries);
    }
}
