package no.innomotor.knowledge.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.function.Consumer;
import no.innomotor.knowledge.CaseExceptions.CaseChangedConcurrently;
import no.innomotor.knowledge.CaseExceptions.CaseRuleBroken;
import no.innomotor.knowledge.CaseId;
import no.innomotor.knowledge.CaseLibraryPage;
import no.innomotor.knowledge.CaseManagement;
import no.innomotor.knowledge.CaseQueries;
import no.innomotor.knowledge.ProjectCase;
import no.innomotor.knowledge.SolutionManagement;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.security.CurrentUser;
import org.springframework.dao.DataIntegrityViolationException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case library's pages: the public library and a published case; a project's case for the project's readers,
 * where its buyers build it from the platform's record, write the lessons, publish it and list the solution.
 */
@Controller
class CasePages {

    static final int PAGE_SIZE = 20;

    private final CaseManagement cases;
    private final CaseQueries queries;
    private final SolutionManagement solutions;
    private final CaseRegions regions;

    CasePages(CaseManagement cases, CaseQueries queries, SolutionManagement solutions, CaseRegions regions) {
        this.cases = cases;
        this.queries = queries;
        this.solutions = solutions;
        this.regions = regions;
    }

    // ---- public ----

    @GetMapping("/cases")
    String library(@ModelAttribute("query") CaseQuery query, Model model) {
        return library(query, model, false);
    }

    /** For htmx (the filter form; a history restore excepted, which gets the whole page): the results only. */
    @HxRequest
    @GetMapping("/cases")
    String libraryResults(@ModelAttribute("query") CaseQuery query, Model model) {
        return library(query, model, true);
    }

    private String library(CaseQuery query, Model model, boolean fragment) {
        CaseLibraryPage library = queries.search(query.filter(), query.getPage(), PAGE_SIZE);
        model.addAttribute(
                "page",
                new CaseLibraryListPage(
                        library,
                        query,
                        library.page() > 0 ? query.url(library.page() - 1) : null,
                        library.page() + 1 < library.pages() ? query.url(library.page() + 1) : null,
                        regions.names(library.counties()),
                        fragment));
        return CaseLibraryListPage.TEMPLATE;
    }

    @GetMapping("/cases/{id}")
    String published(@PathVariable CaseId id, Model model) {
        var found = queries.published(id);
        model.addAttribute("page", new CasePublicPage(found, regions.name(found.nutsCode())));
        return CasePublicPage.TEMPLATE;
    }

    // ---- a project's case ----

    @GetMapping("/projects/{id}/case")
    String project(@AuthenticationPrincipal CurrentUser user, @PathVariable ProjectId id, Model model) {
        return page(model, new Builder(id, user));
    }

    @PostMapping("/projects/{id}/case/build")
    String build(@AuthenticationPrincipal CurrentUser user, @PathVariable ProjectId id, RedirectAttributes redirect) {
        try {
            cases.build(id, user);
        } catch (DataIntegrityViolationException builtMeanwhile) {
            // The platform built the first version in the same moment (the project reached step 8): build on it.
            cases.build(id, user);
        }
        redirect.addFlashAttribute("flash", "cases.flash.built");
        return "redirect:/projects/" + id + "/case";
    }

    @PostMapping("/projects/{id}/case/lessons")
    String lessons(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @Valid @ModelAttribute("lessonsForm") CaseLessonsForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        cases.authoriseKeeper(id, user);
        if (!errors.hasErrors()) {
            try {
                cases.writeLessons(id, form.toCommand(), form.getVersion(), user);
                redirect.addFlashAttribute("flash", "cases.flash.lessons");
                return "redirect:/projects/" + id + "/case#lessons";
            } catch (CaseChangedConcurrently conflict) {
                response.setStatus(HttpStatus.CONFLICT.value());
                return page(model, new Builder(id, user).with(b -> {
                            form.setVersion(b.version());
                            b.lessonsForm = form;
                            b.lessonsErrors = errors;
                            b.conflict = true;
                        }));
            } catch (CaseRuleBroken broken) {
                errors.reject(broken.messageKey());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, new Builder(id, user).with(b -> {
                    b.lessonsForm = form;
                    b.lessonsErrors = errors;
                }));
    }

    @PostMapping("/projects/{id}/case/publish")
    String publish(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @RequestParam(defaultValue = "-1") long version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        cases.authoriseKeeper(id, user);
        Builder builder = new Builder(id, user);
        try {
            cases.publish(id, version, user);
            redirect.addFlashAttribute("flash", "cases.flash.published");
            return "redirect:/projects/" + id + "/case";
        } catch (CaseChangedConcurrently conflict) {
            response.setStatus(HttpStatus.CONFLICT.value());
            builder.conflict = true;
        } catch (CaseRuleBroken broken) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            if (broken.field().isEmpty()) {
                builder.lessonsErrors.reject(broken.messageKey());
            } else {
                builder.lessonsErrors.rejectValue(broken.field(), broken.messageKey());
            }
        } catch (no.innomotor.knowledge.CaseExceptions.CaseNotFound none) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            builder.lessonsErrors.reject("cases.publish.notBuilt");
        }
        return page(model, builder);
    }

    @PostMapping("/projects/{id}/solution")
    String solution(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @Valid @ModelAttribute("solutionForm") SolutionForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        cases.authoriseKeeper(id, user);
        Builder builder = new Builder(id, user);
        if (!errors.hasErrors()) {
            try {
                var solution = solutions.describe(id, form.toCommand(), form.getVersion(), user);
                redirect.addFlashAttribute("flash", "solutions.flash.saved");
                return "redirect:/solutions/" + solution;
            } catch (CaseChangedConcurrently conflict) {
                response.setStatus(HttpStatus.CONFLICT.value());
                builder.conflict = true;
                builder.projectCase.solution().ifPresent(s -> form.setVersion(s.version()));
            } catch (CaseRuleBroken broken) {
                errors.rejectValue(broken.field(), broken.messageKey());
            }
        }
        if (!builder.conflict) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        builder.solutionForm = form;
        builder.solutionErrors = errors;
        return page(model, builder);
    }

    // ---- building the page ----

    /** The page's parts, with forms filled from what is saved; a handler replaces the one it shows again. */
    private final class Builder {
        final ProjectCase projectCase;
        CaseLessonsForm lessonsForm;
        Errors lessonsErrors;
        SolutionForm solutionForm;
        Errors solutionErrors;
        boolean conflict;

        Builder(ProjectId id, CurrentUser user) {
            this.projectCase = queries.forProject(id, user);
            this.lessonsForm = projectCase
                    .caseView()
                    .map(c -> CaseLessonsForm.of(c.lessons(), c.version()))
                    .orElseGet(CaseLessonsForm::new);
            this.lessonsErrors = new BeanPropertyBindingResult(lessonsForm, "lessonsForm");
            this.solutionForm = projectCase
                    .solution()
                    .map(s -> SolutionForm.of(
                            new no.innomotor.knowledge.SolutionDetails(
                                    s.name(), s.description(), s.supplier(), s.contractForm()),
                            s.version()))
                    .orElseGet(SolutionForm::new);
            this.solutionErrors = new BeanPropertyBindingResult(solutionForm, "solutionForm");
        }

        long version() {
            return projectCase.caseView().map(c -> c.version()).orElse(0L);
        }

        Builder with(Consumer<Builder> change) {
            change.accept(this);
            return this;
        }
    }

    private String page(Model model, Builder b) {
        model.addAttribute(
                "page",
                new CaseProjectPage(
                        b.projectCase,
                        b.lessonsForm,
                        b.lessonsErrors,
                        b.solutionForm,
                        b.solutionErrors,
                        b.conflict,
                        regions.name(b.projectCase.project().nutsCode().value())));
        return CaseProjectPage.TEMPLATE;
    }
}
