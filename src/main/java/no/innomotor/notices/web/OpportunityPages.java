package no.innomotor.notices.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
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
import no.innomotor.shared.actions.OpportunityAction;
import no.innomotor.shared.actions.OpportunityActions;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

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
    private final List<OpportunityActions> actions;

    OpportunityPages(
            NoticesManagement notices,
            CpvCatalogue cpv,
            NutsCatalogue nuts,
            Clock clock,
            List<OpportunityActions> actions) {
        this.notices = notices;
        this.cpv = cpv;
        this.nuts = nuts;
        this.clock = clock;
        this.actions = List.copyOf(actions);
    }

    /** The whole page; a filter error is a 422 with the error next to its field. */
    @GetMapping("/opportunities")
    String list(
            @Valid @ModelAttribute("filter") OpportunityFilterForm filter,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        OpportunityListPage page = page(filter, errors, false);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("page", page);
        return OpportunityListPage.TEMPLATE;
    }

    /**
     * For htmx (the filter form; a history restore excepted, which gets the whole page): the results only. htmx swaps
     * nothing for a 4xx answer, so a filter error comes with a 200 and the error summary in the results.
     */
    @HxRequest
    @GetMapping("/opportunities")
    String results(@Valid @ModelAttribute("filter") OpportunityFilterForm filter, BindingResult errors, Model model) {
        model.addAttribute("page", page(filter, errors, true));
        return OpportunityListPage.TEMPLATE;
    }

    private OpportunityListPage page(OpportunityFilterForm filter, BindingResult errors, boolean fragment) {
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
        List<OpportunityView> items = page.getContent().stream()
                .map(o -> OpportunityView.of(o, locale, cpv, nuts, now))
                .toList();
        return new OpportunityListPage(
                filter,
                errors,
                items,
                page,
                nuts.counties(),
                filter.query(),
                errors.hasFieldErrors("cpv")
                                || filter.getCpv() == null
                                || filter.getCpv().isBlank()
                        ? List.of()
                        : CpvCode.parse(filter.getCpv()).map(cpv::path).orElse(List.of()),
                fragment);
    }

    /** The opportunity, with the actions other modules offer a signed-in person on it (follow, save, …). */
    @GetMapping("/opportunities/{id}")
    String show(@PathVariable UUID id, @AuthenticationPrincipal @Nullable CurrentUser user, Model model) {
        Opportunity opportunity =
                notices.find(new OpportunityId(id)).orElseThrow(() -> new OpportunityNotFound(new OpportunityId(id)));
        List<OpportunityAction> offered = user == null
                ? List.of()
                : actions.stream()
                        .flatMap(contributor -> contributor.actionsFor(user, id).stream())
                        .toList();
        model.addAttribute(
                "page",
                new OpportunityPage(
                        OpportunityView.of(opportunity, LocaleContextHolder.getLocale(), cpv, nuts, clock.instant()),
                        offered));
        return OpportunityPage.TEMPLATE;
    }
}
