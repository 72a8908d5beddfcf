package no.innomotor.suppliers.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.suppliers.ProfileInputRejected;
import no.innomotor.suppliers.SavedSearchChangedConcurrently;
import no.innomotor.suppliers.SavedSearches;
import no.innomotor.suppliers.SearchCriteria;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A supplier person's saved searches: list, create, edit, delete. Someone else's search is not found. */
@Controller
@RequestMapping("/supplier-profile/searches")
class SavedSearchPages {

    private final SavedSearches searches;
    private final CodeLabels labels;

    SavedSearchPages(SavedSearches searches, CodeLabels labels) {
        this.searches = searches;
        this.labels = labels;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        SavedSearchForm form = SavedSearchForm.fresh();
        return show(model, page(user, form, new BeanPropertyBindingResult(form, "searchForm"), null, locale));
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("searchForm") SavedSearchForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        searches.mine(user);
        SearchCriteria criteria = form.criteria(errors);
        if (criteria != null) {
            try {
                searches.create(criteria, user);
                redirect.addFlashAttribute("flash", "suppliers.flash.searchCreated");
                return "redirect:/supplier-profile/searches";
            } catch (ProfileInputRejected rejected) {
                errors.rejectValue(rejected.field(), rejected.messageKey(), rejected.arguments(), null);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show(model, page(user, form, errors, null, locale));
    }

    @GetMapping("/{searchId}")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID searchId, Model model, Locale locale) {
        SavedSearchForm form = SavedSearchForm.of(searches.get(searchId, user));
        return show(model, page(user, form, new BeanPropertyBindingResult(form, "searchForm"), searchId, locale));
    }

    @PostMapping("/{searchId}")
    String update(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable UUID searchId,
            @Valid @ModelAttribute("searchForm") SavedSearchForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        searches.authorise(searchId, user);
        SearchCriteria criteria = form.criteria(errors);
        if (criteria != null) {
            try {
                searches.update(searchId, criteria, form.getVersion(), user);
                redirect.addFlashAttribute("flash", "suppliers.flash.searchUpdated");
                return "redirect:/supplier-profile/searches";
            } catch (ProfileInputRejected rejected) {
                errors.rejectValue(rejected.field(), rejected.messageKey(), rejected.arguments(), null);
            } catch (SavedSearchChangedConcurrently | OptimisticLockingFailureException e) {
                form.setVersion(searches.get(searchId, user).version());
                response.setStatus(HttpStatus.CONFLICT.value());
                return show(model, page(user, form, errors, searchId, locale).conflicted());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show(model, page(user, form, errors, searchId, locale));
    }

    @PostMapping("/{searchId}/delete")
    String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID searchId, RedirectAttributes redirect) {
        searches.delete(searchId, user);
        redirect.addFlashAttribute("flash", "suppliers.flash.searchDeleted");
        return "redirect:/supplier-profile/searches";
    }

    private SavedSearchesPage page(
            CurrentUser user, SavedSearchForm form, Errors errors, @Nullable UUID editing, Locale locale) {
        return new SavedSearchesPage(
                searches.mine(user), form, errors, Optional.ofNullable(editing), labels.regionNames(locale), false);
    }

    private static String show(Model model, SavedSearchesPage page) {
        model.addAttribute("page", page);
        return SavedSearchesPage.TEMPLATE;
    }
}
