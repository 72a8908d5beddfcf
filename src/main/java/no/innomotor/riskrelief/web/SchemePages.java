package no.innomotor.riskrelief.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import no.innomotor.riskrelief.RiskReliefExceptions;
import no.innomotor.riskrelief.RiskReliefManagement;
import no.innomotor.riskrelief.RiskReliefQueries;
import no.innomotor.riskrelief.SchemeId;
import no.innomotor.riskrelief.SchemeInput;
import no.innomotor.riskrelief.SchemeView;
import no.innomotor.shared.DomainException;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The scheme pages: the list, the form that makes a scheme, and a scheme's page — for its owner the draft's form,
 * publishing, the ledger and the applications; for everyone else who reads it the published scheme.
 */
@Controller
class SchemePages {

    private final RiskReliefManagement riskRelief;
    private final RiskReliefQueries queries;

    SchemePages(RiskReliefManagement riskRelief, RiskReliefQueries queries) {
        this.riskRelief = riskRelief;
        this.queries = queries;
    }

    @GetMapping("/riskrelief/schemes")
    String schemes(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<SchemeView> all = queries.schemes(user);
        model.addAttribute(
                "page",
                new SchemesPage(
                        all.stream().filter(SchemeView::owned).toList(),
                        all.stream().filter(s -> !s.owned()).toList(),
                        !user.organisationsWithRole(Role.INSTRUMENT_ACTOR).isEmpty()));
        return SchemesPage.TEMPLATE;
    }

    @GetMapping("/riskrelief/schemes/new")
    String start(Model model) {
        SchemeForm form = new SchemeForm();
        model.addAttribute("page", new SchemeFormPage(form, new BeanPropertyBindingResult(form, "schemeForm")));
        return SchemeFormPage.TEMPLATE;
    }

    @PostMapping("/riskrelief/schemes")
    String create(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("schemeForm") SchemeForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        OrganisationId owner = user.organisationsWithRole(Role.INSTRUMENT_ACTOR).get(0);
        SchemeInput input = form.toInput(errors);
        if (input != null && !errors.hasErrors()) {
            try {
                SchemeId id = riskRelief.createScheme(owner, input, user);
                redirect.addFlashAttribute("flash", "riskrelief.flash.schemeCreated");
                return "redirect:/riskrelief/schemes/" + id;
            } catch (DomainException.RuleBroken refused) {
                Refusals.show(refused, errors);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("page", new SchemeFormPage(form, errors));
        return SchemeFormPage.TEMPLATE;
    }

    @GetMapping("/riskrelief/schemes/{schemeId}")
    String scheme(@AuthenticationPrincipal CurrentUser user, @PathVariable SchemeId schemeId, Model model) {
        return page(model, new Builder(schemeId, user));
    }

    @PostMapping("/riskrelief/schemes/{schemeId}")
    String change(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable SchemeId schemeId,
            @Valid @ModelAttribute("schemeForm") SchemeForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        queries.ledger(schemeId, user);
        SchemeInput input = form.toInput(errors);
        if (input != null && !errors.hasErrors()) {
            try {
                riskRelief.changeScheme(schemeId, input, form.getVersion(), user);
                redirect.addFlashAttribute("flash", "riskrelief.flash.schemeChanged");
                return "redirect:/riskrelief/schemes/" + schemeId;
            } catch (RiskReliefExceptions.ChangedConcurrently | ObjectOptimisticLockingFailureException conflict) {
                Builder page = new Builder(schemeId, user);
                form.setVersion(page.scheme.version());
                page.form = form;
                page.formErrors = errors;
                page.conflict = true;
                response.setStatus(HttpStatus.CONFLICT.value());
                return page(model, page);
            } catch (DomainException.RuleBroken refused) {
                Refusals.show(refused, errors);
            }
        }
        Builder page = new Builder(schemeId, user);
        page.form = form;
        page.formErrors = errors;
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, page);
    }

    @PostMapping("/riskrelief/schemes/{schemeId}/publish")
    String publish(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable SchemeId schemeId,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect)
            throws MissingServletRequestParameterException {
        queries.ledger(schemeId, user);
        if (version == null) {
            throw new MissingServletRequestParameterException("version", "long");
        }
        riskRelief.publishScheme(schemeId, version, user);
        redirect.addFlashAttribute("flash", "riskrelief.flash.published");
        return "redirect:/riskrelief/schemes/" + schemeId;
    }

    @PostMapping("/riskrelief/schemes/{schemeId}/budgets")
    String addBudget(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable SchemeId schemeId,
            @ModelAttribute("budgetForm") BudgetForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        queries.ledger(schemeId, user);
        int year = Parse.integer(form.getBudgetYear(), "budgetYear", 2020, 2100, errors);
        long amount = Parse.amount(form.getBudgetAmount(), "budgetAmount", true, errors);
        if (!errors.hasErrors()) {
            try {
                riskRelief.addBudget(schemeId, year, amount, user);
                redirect.addFlashAttribute("flash", "riskrelief.flash.budgetAdded");
                return "redirect:/riskrelief/schemes/" + schemeId + "#ledger";
            } catch (DomainException.RuleBroken refused) {
                Refusals.show(refused, errors);
            }
        }
        Builder page = new Builder(schemeId, user);
        page.budgetForm = form;
        page.budgetErrors = errors;
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, page);
    }

    private final class Builder {
        final SchemeView scheme;

        @Nullable
        SchemeForm form;

        Errors formErrors;
        BudgetForm budgetForm = new BudgetForm();
        Errors budgetErrors = new BeanPropertyBindingResult(budgetForm, "budgetForm");
        boolean conflict;

        Builder(SchemeId id, CurrentUser user) {
            this.scheme = queries.scheme(id, user);
            this.form = scheme.owned() && !scheme.published() ? SchemeForm.of(scheme) : null;
            this.formErrors = new BeanPropertyBindingResult(form == null ? new SchemeForm() : form, "schemeForm");
        }
    }

    private static String page(Model model, Builder b) {
        model.addAttribute(
                "page", new SchemePage(b.scheme, b.form, b.formErrors, b.budgetForm, b.budgetErrors, b.conflict));
        return SchemePage.TEMPLATE;
    }
}
