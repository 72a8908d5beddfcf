package no.innomotor.notices.web;

import java.util.List;

/**
 * The CPV look-up (notices/cpvLookup.jte): the query as searched, its hits, whether it was long enough to search, and
 * whether only the listbox options are wanted (htmx, the CPV picker's type-ahead).
 */
public record CpvLookupPage(String q, List<CpvHit> hits, boolean searched, boolean fragment) {

    static final String TEMPLATE = "notices/cpvLookup";
}
