package no.innomotor.suppliers.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import no.innomotor.notices.CpvCatalogue;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.suppliers.SupplierPage;
import no.innomotor.suppliers.SupplierProfileView;
import no.innomotor.suppliers.SupplierQueries;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The supplier directory for buyers, advisers, instrument actors and administrators, and each listed supplier's
 * page. An htmx request for the list (the filter form) gets the results part of the same template.
 */
@Controller
class DirectoryPages {

    static final int PAGE_SIZE = 20;

    private final SupplierQueries queries;
    private final CpvCatalogue cpv;
    private final CodeLabels labels;

    DirectoryPages(SupplierQueries queries, CpvCatalogue cpv, CodeLabels labels) {
        this.queries = queries;
        this.cpv = cpv;
        this.labels = labels;
    }

    @GetMapping("/suppliers")
    String list(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("query") DirectoryQuery query,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        DirectoryPage page = page(query, errors, user, locale, false);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        model.addAttribute("page", page);
        return DirectoryPage.TEMPLATE;
    }

    /** For htmx: the results only; htmx swaps nothing for a 4xx answer, so a filter error comes with a 200. */
    @HxRequest
    @GetMapping("/suppliers")
    String results(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("query") DirectoryQuery query,
            BindingResult errors,
            Model model,
            Locale locale) {
        model.addAttribute("page", page(query, errors, user, locale, true));
        return DirectoryPage.TEMPLATE;
    }

    private DirectoryPage page(
            DirectoryQuery query, BindingResult errors, CurrentUser user, Locale locale, boolean fragment) {
        if (!errors.hasFieldErrors("cpv")
                && query.getCpv() != null
                && !query.getCpv().isBlank()
                && !cpv.isKnown(query.getCpv())) {
            errors.rejectValue("cpv", "suppliers.directory.cpv.invalid");
        }
        if (!errors.hasFieldErrors("region")
                && query.getRegion() != null
                && !query.getRegion().isBlank()
                && NutsCode.parse(query.getRegion()).isEmpty()) {
            errors.rejectValue("region", "suppliers.directory.region.invalid");
        }
        SupplierPage results = errors.hasErrors()
                ? new SupplierPage(List.of(), 0, 0, PAGE_SIZE)
                : queries.directory(query.filter(), query.getPage(), PAGE_SIZE, user);
        return new DirectoryPage(
                query,
                errors,
                results,
                labels.regionNames(locale),
                errors.hasFieldErrors("cpv")
                                || query.getCpv() == null
                                || query.getCpv().isBlank()
                        ? List.of()
                        : CpvCode.parse(query.getCpv()).map(cpv::path).orElse(List.of()),
                results.hasPrevious() ? Optional.of(query.pageUrl(results.page() - 1)) : Optional.empty(),
                results.hasNext() ? Optional.of(query.pageUrl(results.page() + 1)) : Optional.empty(),
                fragment);
    }

    @GetMapping("/suppliers/{organisationId}")
    String show(
            @AuthenticationPrincipal CurrentUser user, @PathVariable UUID organisationId, Model model, Locale locale) {
        SupplierProfileView profile = queries.profile(new OrganisationId(organisationId), user);
        model.addAttribute(
                "page",
                new SupplierProfilePage(
                        profile,
                        labels.cpv(profile.listing().competences(), locale),
                        labels.regions(profile.listing().regions(), locale)));
        return SupplierProfilePage.TEMPLATE;
    }
}
