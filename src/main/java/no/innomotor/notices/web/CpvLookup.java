package no.innomotor.notices.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import no.innomotor.notices.CpvCatalogue;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Looks CPV codes up by code prefix or words in the reader's language. For htmx (the type-ahead of a CPV field) it
 * answers with the listbox options only; otherwise with a page of its own, so the look-up works without JavaScript.
 */
@Controller
class CpvLookup {

    static final int SUGGESTIONS = 10;
    static final int PAGE_HITS = 50;
    static final int MAX_QUERY = 100;

    private final CpvCatalogue catalogue;

    CpvLookup(CpvCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/reference/cpv")
    String lookup(
            @RequestParam(name = "q", required = false) @Nullable String q,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Locale locale,
            Model model,
            HttpServletResponse response) {
        String query = q == null ? "" : q.strip();
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        boolean fragment = htmx != null;
        List<CpvHit> hits = searchable(query)
                ? catalogue.search(query, locale, fragment ? SUGGESTIONS : PAGE_HITS).stream()
                        .map(code -> new CpvHit(code.code().value(), code.label(locale), code.level()))
                        .toList()
                : List.of();
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        model.addAttribute("q", query);
        model.addAttribute("hits", hits);
        model.addAttribute("fragment", fragment);
        model.addAttribute("searched", searchable(query));
        return "notices/cpvLookup";
    }

    /** Two characters of a word, or one digit of a code, before the list of 9 000 codes is searched. */
    private static boolean searchable(String query) {
        return query.length() >= 2 || (query.length() == 1 && Character.isDigit(query.charAt(0)));
    }
}
