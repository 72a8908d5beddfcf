package no.innomotor.notices.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.innomotor.notices.CpvCatalogue;
import no.innomotor.notices.NoticesManagement;
import no.innomotor.notices.NutsCatalogue;
import no.innomotor.notices.Opportunity;
import no.innomotor.notices.OpportunityId;
import no.innomotor.notices.OpportunityNotFound;
import no.innomotor.shared.CpvCode;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The public opportunity list (newest first, filtered, paged) and each opportunity's own page. An htmx request for
 * the list gets the results part of the same template.
 */
@Controller
class OpportunityPages {

    static final int PAGE_SIZE = NoticesManagement.DEFAULT_PAGE_SIZE;

    private final NoticesManagement notices;
    private final CpvCatalogue cpv;
    private final NutsCatalogue nuts;
    private final Clock clock;

    OpportunityPages(NoticesManagement notices, CpvCatalogue cpv, NutsCatalogue nuts, Clock clock) {
        this.notices = notices;
        this.cpv = cpv;
        this.nuts = nuts;
        this.clock = clock;
    }

    @GetMapping("/opportunities")
    String list(
            @Valid @ModelAttribute("filter") OpportunityFilterForm filter,
            BindingResult errors,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            HttpServletResponse response) {
        Locale locale = LocaleContextHolder.getLocale();
        if (!errors.hasFieldErrors("cpv")
                && filter.getCpv() != null
                && !filter.getCpv().isBlank()
                && !cpv.isKnown(filter.getCpv())) {
            errors.rejectValue("cpv", "notices.filter.cpv.unknown");
        }
        Instant now = clock.instant();
        Page<Opportunity> page =
                errors.hasErrors() ? Page.empty() : notices.search(filter.toFilter(), filter.getPage(), PAGE_SIZE);
        if (errors.hasErrors() && htmx == null) {
            // htmx swaps nothing for a 4xx answer; its partial update shows the error summary with a 200 instead.
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        List<OpportunityView> items = page.getContent().stream()
                .map(o -> OpportunityView.of(o, locale, cpv, nuts, now))
                .toList();
        model.addAttribute("errors", errors);
        model.addAttribute("items", items);
        model.addAttribute("page", page);
        model.addAttribute("regions", nuts.counties());
        model.addAttribute("query", filter.query());
        model.addAttribute("fragment", htmx != null);
        model.addAttribute(
                "cpvPath",
                errors.hasFieldErrors("cpv")
                                || filter.getCpv() == null
                                || filter.getCpv().isBlank()
                        ? List.of()
                        : CpvCode.parse(filter.getCpv()).map(cpv::path).orElse(List.of()));
        return "notices/opportunities";
    }

    @GetMapping("/opportunities/{id}")
    String show(@PathVariable UUID id, Model model) {
        Opportunity opportunity =
                notices.find(new OpportunityId(id)).orElseThrow(() -> new OpportunityNotFound(new OpportunityId(id)));
        model.addAttribute(
                "o", OpportunityView.of(opportunity, LocaleContextHolder.getLocale(), cpv, nuts, clock.instant()));
        return "notices/opportunity";
    }
}
