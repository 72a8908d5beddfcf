package no.innomotor.knowledge.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import no.innomotor.knowledge.CaseExceptions.CaseRuleBroken;
import no.innomotor.knowledge.SolutionId;
import no.innomotor.knowledge.SolutionManagement;
import no.innomotor.knowledge.SolutionQueries;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The solution catalogue's pages: the public list and a solution with its adoptions; a buyer follows a solution or
 * records that another organisation of theirs adopted it.
 */
@Controller
class SolutionPages {

    private final SolutionQueries queries;
    private final SolutionManagement solutions;

    SolutionPages(SolutionQueries queries, SolutionManagement solutions) {
        this.queries = queries;
        this.solutions = solutions;
    }

    @GetMapping("/solutions")
    String list(Model model) {
        model.addAttribute("page", new SolutionListPage(queries.listed()));
        return SolutionListPage.TEMPLATE;
    }

    @GetMapping("/solutions/{id}")
    String solution(@AuthenticationPrincipal @Nullable CurrentUser user, @PathVariable SolutionId id, Model model) {
        AdoptionForm form = new AdoptionForm();
        form.setAdoptedOn(java.time.LocalDate.now(no.innomotor.shared.NorwegianTime.ZONE));
        model.addAttribute(
                "page",
                new SolutionPage(
                        queries.solution(id, user), form, new BeanPropertyBindingResult(form, "adoptionForm")));
        return SolutionPage.TEMPLATE;
    }

    @PostMapping("/solutions/{id}/follow")
    String follow(@AuthenticationPrincipal CurrentUser user, @PathVariable SolutionId id, RedirectAttributes redirect) {
        solutions.follow(id, user);
        redirect.addFlashAttribute("flash", "solutions.flash.followed");
        return "redirect:/solutions/" + id;
    }

    @PostMapping("/solutions/{id}/unfollow")
    String unfollow(
            @AuthenticationPrincipal CurrentUser user, @PathVariable SolutionId id, RedirectAttributes redirect) {
        solutions.unfollow(id, user);
        redirect.addFlashAttribute("flash", "solutions.flash.unfollowed");
        return "redirect:/solutions/" + id;
    }

    @PostMapping("/solutions/{id}/adoptions")
    String adopt(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable SolutionId id,
            @Valid @ModelAttribute("adoptionForm") AdoptionForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var solution = queries.solution(id, user);
        if (!solution.reader().buyer()) {
            throw new org.springframework.security.access.AccessDeniedException("Buyers record adoptions");
        }
        OrganisationId organisation = null;
        if (form.getOrganisation() != null && !form.getOrganisation().isBlank()) {
            try {
                organisation = OrganisationId.of(form.getOrganisation().strip());
            } catch (IllegalArgumentException unknown) {
                errors.rejectValue("organisation", "solutions.adopt.notBuyer");
            }
        }
        if (!errors.hasErrors() && organisation != null && form.getKind() != null && form.getAdoptedOn() != null) {
            try {
                solutions.adopt(id, organisation, form.getKind(), form.getAdoptedOn(), user);
                redirect.addFlashAttribute("flash", "solutions.flash.adopted");
                return "redirect:/solutions/" + id + "#adoptions";
            } catch (CaseRuleBroken broken) {
                errors.rejectValue(broken.field(), broken.messageKey());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("page", new SolutionPage(solution, form, errors));
        return SolutionPage.TEMPLATE;
    }
}
