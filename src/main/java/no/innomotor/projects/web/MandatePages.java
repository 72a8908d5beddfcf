package no.innomotor.projects.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import no.innomotor.projects.MandateState;
import no.innomotor.projects.MandateTerms;
import no.innomotor.projects.ProjectAction;
import no.innomotor.projects.ProjectDetails;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectQueries;
import no.innomotor.projects.ProjectsManagement;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The mandate: every version with its signature, the buyer's draft form, and the top leader's signing. */
@Controller
@RequestMapping("/projects/{id}/mandate")
class MandatePages {

    private final ProjectsManagement projects;
    private final ProjectQueries queries;

    MandatePages(ProjectsManagement projects, ProjectQueries queries) {
        this.projects = projects;
        this.queries = queries;
    }

    @GetMapping
    String mandate(@AuthenticationPrincipal CurrentUser user, @PathVariable ProjectId id, Model model) {
        ProjectDetails project = queries.get(id, user);
        MandateForm form = MandateForm.of(project.newestMandate());
        return page(model, project, form, new BeanPropertyBindingResult(form, "mandateForm"));
    }

    @PostMapping
    String draft(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @Valid @ModelAttribute("mandateForm") MandateForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        projects.authorise(id, ProjectAction.CHANGE, user);
        MandateTerms terms = form.terms(errors);
        if (terms == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, queries.get(id, user), form, errors);
        }
        int version = projects.draftMandate(id, terms, user);
        redirect.addFlashAttribute(
                "flash", version == 1 ? "projects.flash.mandateDrafted" : "projects.flash.mandateVersionDrafted");
        return "redirect:/projects/" + id + "/mandate";
    }

    /** The buyer puts the draft before the organisation's top leaders. */
    @PostMapping("/ready")
    String ready(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @RequestParam(required = false) @Nullable Integer versionNumber,
            RedirectAttributes redirect)
            throws MissingServletRequestParameterException {
        projects.authorise(id, ProjectAction.CHANGE, user);
        projects.markMandateReady(id, RequiredParameter.of(versionNumber, "versionNumber", "int"), user);
        redirect.addFlashAttribute("flash", "projects.flash.mandateReady");
        return "redirect:/projects/" + id + "/mandate";
    }

    /** The second step of signing: what the organisation commits to, and whom the leader signs for. */
    @GetMapping("/sign")
    String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable ProjectId id, Model model) {
        projects.authorise(id, ProjectAction.SIGN, user);
        ProjectDetails project = queries.get(id, user);
        if (project.mandateState() != MandateState.AWAITING_SIGNATURE) {
            return "redirect:/projects/" + id + "/mandate";
        }
        model.addAttribute("project", project);
        return "projects/signMandate";
    }

    @PostMapping("/sign")
    String sign(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @RequestParam(required = false) @Nullable Integer versionNumber,
            @RequestParam(required = false) @Nullable UUID onBehalfOf,
            RedirectAttributes redirect)
            throws MissingServletRequestParameterException {
        projects.authorise(id, ProjectAction.SIGN, user);
        projects.signMandate(
                id,
                RequiredParameter.of(versionNumber, "versionNumber", "int"),
                onBehalfOf == null ? null : new OrganisationId(onBehalfOf),
                user);
        redirect.addFlashAttribute("flash", "projects.flash.mandateSigned");
        return "redirect:/projects/" + id + "/mandate";
    }

    private String page(Model model, ProjectDetails project, MandateForm form, Errors errors) {
        model.addAttribute("project", project);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "projects/mandate";
    }
}
