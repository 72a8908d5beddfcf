package no.innomotor.suppliers.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import no.innomotor.notices.NutsCatalogue;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.suppliers.CompanyChoice;
import no.innomotor.suppliers.ProfileChangedConcurrently;
import no.innomotor.suppliers.ProfileFacts;
import no.innomotor.suppliers.ProfileInputRejected;
import no.innomotor.suppliers.SuppliersManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in supplier's company profile: one form, for the company chosen when they write for several. */
@Controller
@RequestMapping("/supplier-profile")
class SupplierProfileFormPages {

    private final SuppliersManagement suppliers;
    private final NutsCatalogue nuts;

    SupplierProfileFormPages(SuppliersManagement suppliers, NutsCatalogue nuts) {
        this.suppliers = suppliers;
        this.nuts = nuts;
    }

    @GetMapping
    String show(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(name = "company", required = false) @Nullable UUID company,
            Model model) {
        List<CompanyChoice> companies = companies(user);
        CompanyChoice chosen = chosen(companies, company, user);
        ProfileForm form = suppliers
                .ownProfile(chosen.id(), user)
                .map(profile -> ProfileForm.of(chosen.id().value(), profile))
                .orElseGet(() -> ProfileForm.fresh(chosen.id().value()));
        return show(model, page(chosen, companies, form, new BeanPropertyBindingResult(form, "profileForm")));
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("profileForm") ProfileForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        List<CompanyChoice> companies = companies(user);
        CompanyChoice chosen = chosen(companies, form.getCompany(), user);
        form.setCompany(chosen.id().value());
        ProfileFacts facts = form.facts(errors);
        if (facts != null) {
            try {
                suppliers.save(chosen.id(), facts, form.getVersion(), user);
                redirect.addFlashAttribute("flash", "suppliers.flash.profileSaved");
                return "redirect:/supplier-profile?company=" + chosen.id();
            } catch (ProfileInputRejected rejected) {
                errors.rejectValue(rejected.field(), rejected.messageKey(), rejected.arguments(), null);
            } catch (ProfileChangedConcurrently | OptimisticLockingFailureException e) {
                suppliers.ownProfile(chosen.id(), user).ifPresent(current -> form.setVersion(current.version()));
                form.padContacts();
                response.setStatus(HttpStatus.CONFLICT.value());
                return show(model, page(chosen, companies, form, errors).conflicted());
            }
        }
        form.padContacts();
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show(model, page(chosen, companies, form, errors));
    }

    private List<CompanyChoice> companies(CurrentUser user) {
        List<CompanyChoice> companies = suppliers.companies(user);
        if (companies.isEmpty()) {
            throw new AccessDeniedException("Only supplier people of a company write its profile");
        }
        return companies;
    }

    /** The company asked for (checked by the service: another company is not found), or the first. */
    private CompanyChoice chosen(List<CompanyChoice> companies, @Nullable UUID company, CurrentUser user) {
        if (company == null) {
            return companies.get(0);
        }
        suppliers.authorise(new OrganisationId(company), user);
        return companies.stream()
                .filter(choice -> choice.id().value().equals(company))
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("Not a company the person writes for"));
    }

    private ProfileFormPage page(
            CompanyChoice company, List<CompanyChoice> companies, ProfileForm form, Errors errors) {
        return new ProfileFormPage(company, companies, form, errors, nuts.counties(), false);
    }

    private static String show(Model model, ProfileFormPage page) {
        model.addAttribute("page", page);
        return ProfileFormPage.TEMPLATE;
    }
}
