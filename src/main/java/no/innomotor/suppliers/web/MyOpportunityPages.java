package no.innomotor.suppliers.web;

import java.util.Locale;
import java.util.UUID;
import no.innomotor.notices.OpportunityId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.suppliers.MarkKind;
import no.innomotor.suppliers.SupplierAlerts;
import no.innomotor.suppliers.SupplierOpportunities;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My opportunities" for a supplier person: their alerts and the opportunities they marked; and the follow, save and
 * express-interest buttons of an opportunity's page (post, then back to that page).
 */
@Controller
@RequestMapping("/my-opportunities")
class MyOpportunityPages {

    static final int ALERTS_SHOWN = 50;

    private final SupplierAlerts alerts;
    private final SupplierOpportunities opportunities;

    MyOpportunityPages(SupplierAlerts alerts, SupplierOpportunities opportunities) {
        this.alerts = alerts;
        this.opportunities = opportunities;
    }

    @GetMapping
    String show(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        model.addAttribute(
                "page", new MyOpportunitiesPage(alerts.of(user, ALERTS_SHOWN), opportunities.mine(user, locale)));
        return MyOpportunitiesPage.TEMPLATE;
    }

    @PostMapping("/{opportunityId}/follow")
    String follow(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID opportunityId,
            @RequestParam(name = "on", required = false) @Nullable Boolean on,
            RedirectAttributes redirect)
            throws MissingServletRequestParameterException {
        return mark(user, opportunityId, MarkKind.FOLLOW, on, redirect);
    }

    @PostMapping("/{opportunityId}/save")
    String save(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID opportunityId,
            @RequestParam(name = "on", required = false) @Nullable Boolean on,
            RedirectAttributes redirect)
            throws MissingServletRequestParameterException {
        return mark(user, opportunityId, MarkKind.SAVE, on, redirect);
    }

    @PostMapping("/{opportunityId}/interest")
    String interest(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID opportunityId,
            @RequestParam(name = "on", required = false) @Nullable Boolean on,
            RedirectAttributes redirect)
            throws MissingServletRequestParameterException {
        return mark(user, opportunityId, MarkKind.INTEREST, on, redirect);
    }

    /** Checks the person and the opportunity before the parameter is demanded, then sets or clears the mark. */
    private String mark(
            CurrentUser user, UUID opportunityId, MarkKind kind, @Nullable Boolean on, RedirectAttributes redirect)
            throws MissingServletRequestParameterException {
        OpportunityId id = new OpportunityId(opportunityId);
        opportunities.authorise(id, user);
        if (on == null) {
            throw new MissingServletRequestParameterException("on", "boolean");
        }
        opportunities.mark(id, kind, on, user);
        redirect.addFlashAttribute(
                "flash", "suppliers.flash." + kind.name().toLowerCase(Locale.ROOT) + (on ? ".on" : ".off"));
        return "redirect:/opportunities/" + opportunityId;
    }
}
