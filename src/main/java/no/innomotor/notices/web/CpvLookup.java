package no.innomotor.notices.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import java.util.List;
import java.util.Locale;
import no.innomotor.notices.CpvCatalogue;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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

    /** The page of its own, so the look-up works without JavaScript (and when htmx restores it from history). */
    @GetMapping("/reference/cpv")
    String lookup(@RequestParam(name = "q", required = false) @Nullable String q, Locale locale, Model model) {
        return show(model, q, locale, false);
    }

    /** For the type-ahead of a CPV field: the listbox options only. */
    @HxRequest
    @GetMapping("/reference/cpv")
    String suggestions(@RequestParam(name = "q", required = false) @Nullable String q, Locale locale, Model model) {
        return show(model, q, locale, true);
    }

    private String show(Model model, @Nullable String q, Locale locale, boolean fragment) {
        String query = q == null ? "" : q.strip();
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        List<CpvHit> hits = searchable(query)
                ? catalogue.search(query, locale, fragment ? SUGGESTIONS : PAGE_HITS).stream()
                        .map(code -> new CpvHit(code.code().value(), code.label(locale), code.level()))
                        .toList()
                : List.of();
        model.addAttribute("page", new CpvLookupPage(query, hits, searchable(query), fragment));
        return CpvLookupPage.TEMPLATE;
    }

    /** Two characters of a word, or one digit of a code, before the list of 9 000 codes is searched. */
    private static boolean searchable(String query) {
        return query.length() >= 2 || (query.length() == 1 && Character.isDigit(query.charAt(0)));
    }
}
