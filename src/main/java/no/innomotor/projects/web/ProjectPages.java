package no.innomotor.projects.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.innomotor.notices.NutsCatalogue;
import no.innomotor.projects.CreateProject;
import no.innomotor.projects.OrganisationChoice;
import no.innomotor.projects.ProjectAction;
import no.innomotor.projects.ProjectChangedConcurrently;
import no.innomotor.projects.ProjectCodes;
import no.innomotor.projects.ProjectDetails;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectInputRejected;
import no.innomotor.projects.ProjectPage;
import no.innomotor.projects.ProjectQueries;
import no.innomotor.projects.ProjectsManagement;
import no.innomotor.shared.Money;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The project list, creating a project, the project page, editing its facts, and pausing, resuming, stopping. */
@Controller
@RequestMapping("/projects")
class ProjectPages {

    static final int PAGE_SIZE = 20;
    static final String CHECK_CPV = "checkCpv";

    private final ProjectsManagement projects;
    private final ProjectQueries queries;
    private final CpvChoices cpv;
    private final NutsCatalogue nuts;

    ProjectPages(ProjectsManagement projects, ProjectQueries queries, CpvChoices cpv, NutsCatalogue nuts) {
        this.projects = projects;
        this.queries = queries;
        this.cpv = cpv;
        this.nuts = nuts;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("query") ListQuery query, Model model) {
        ProjectPage page = queries.search(query.filter(), query.pageIndex(), PAGE_SIZE, user);
        model.addAttribute(
                "page",
                new ProjectListPage(
                        page,
                        query,
                        new BeanPropertyBindingResult(query, "query"),
                        queries.filterOrganisations(user),
                        queries.canCreate(user),
                        page.hasPrevious() ? Optional.of(query.pageUrl(page.page() - 1)) : Optional.empty(),
                        page.hasNext() ? Optional.of(query.pageUrl(page.page() + 1)) : Optional.empty()));
        return ProjectListPage.TEMPLATE;
    }

    // ---- create ----

    @GetMapping("/new")
    String newProject(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        List<OrganisationChoice> choices = creatable(user);
        ProjectForm form = new ProjectForm();
        form.setOrganisationId(choices.get(0).id().value());
        form.setNutsCode(choices.get(0).nutsCode());
        form.setTeamMembers(List.of(user.personId().value()));
        return form(model, form, new BeanPropertyBindingResult(form, "projectForm"), choices, null, locale);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal CurrentUser user,
            @Valid @ModelAttribute("projectForm") ProjectForm form,
            BindingResult errors,
            @RequestParam(name = "action", required = false) @Nullable String action,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        List<OrganisationChoice> choices = creatable(user);
        if (CHECK_CPV.equals(action)) {
            return checkCpvOnly(form, choices, null, model, locale, response);
        }
        Money amount = form.amount(errors);
        if (form.getOrganisationId() == null && !errors.hasFieldErrors("organisationId")) {
            errors.rejectValue("organisationId", "projects.form.organisation.required");
        }
        if (!errors.hasErrors()) {
            try {
                ProjectId id = projects.create(
                        new CreateProject(
                                form.getTitle(),
                                form.getNeed(),
                                new OrganisationId(form.getOrganisationId()),
                                amount,
                                ProjectCodes.cpv(CpvChoices.tokens(form.getCpvCodes())),
                                ProjectCodes.nuts(form.getNutsCode()),
                                form.getProcedure(),
                                form.team()),
                        user);
                redirect.addFlashAttribute("flash", "projects.flash.created");
                return "redirect:/projects/" + id;
            } catch (ProjectInputRejected rejected) {
                errors.rejectValue(rejected.field(), rejected.messageKey(), rejected.arguments(), null);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(model, form, errors, choices, null, locale);
    }

    private List<OrganisationChoice> creatable(CurrentUser user) {
        List<OrganisationChoice> choices = queries.organisationsForNewProject(user);
        if (choices.isEmpty()) {
            throw new AccessDeniedException("Only a buyer in an approved organisation creates projects");
        }
        return choices;
    }

    /**
     * Check codes without saving: shows the label and path of every recognised code, and names the unknown ones,
     * so people without JavaScript can pick CPV codes too.
     */
    private String checkCpvOnly(
            ProjectForm form,
            List<OrganisationChoice> choices,
            @Nullable ProjectDetails project,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Errors cpvErrors = new BeanPropertyBindingResult(form, "projectForm");
        List<String> unknown = CpvChoices.tokens(form.getCpvCodes()).stream()
                .filter(token -> cpv.recognised(token, locale).isEmpty())
                .toList();
        if (!unknown.isEmpty()) {
            cpvErrors.rejectValue(
                    "cpvCodes", "projects.error.cpvUnknown", new Object[] {String.join(", ", unknown)}, null);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        } else if (CpvChoices.tokens(form.getCpvCodes()).isEmpty()) {
            cpvErrors.rejectValue("cpvCodes", "projects.form.cpv.required");
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return show(model, form(form, cpvErrors, choices, project, locale).cpvOnlyChecked());
    }

    private String form(
            Model model,
            ProjectForm form,
            Errors errors,
            List<OrganisationChoice> choices,
            @Nullable ProjectDetails project,
            Locale locale) {
        return show(model, form(form, errors, choices, project, locale));
    }

    private ProjectFormPage form(
            ProjectForm form,
            Errors errors,
            List<OrganisationChoice> choices,
            @Nullable ProjectDetails project,
            Locale locale) {
        return new ProjectFormPage(
                form,
                errors,
                choices,
                Optional.ofNullable(project),
                nuts.counties(),
                cpv.recognised(form.getCpvCodes() == null ? "" : form.getCpvCodes(), locale),
                false,
                false);
    }

    private static String show(Model model, ProjectFormPage page) {
        model.addAttribute("page", page);
        return ProjectFormPage.TEMPLATE;
    }

    // ---- the project page ----

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable ProjectId id, Model model, Locale locale) {
        StopForm stop = new StopForm();
        return show(model, queries.get(id, user), stop, new BeanPropertyBindingResult(stop, "stopForm"), locale);
    }

    private String show(Model model, ProjectDetails project, StopForm stop, Errors stopErrors, Locale locale) {
        model.addAttribute(
                "page",
                new ProjectOverviewPage(
                        project,
                        cpv.describe(project.cpvCodes(), locale),
                        nuts.find(project.nutsCode()),
                        stop,
                        stopErrors));
        return ProjectOverviewPage.TEMPLATE;
    }

    // ---- editing the facts ----

    @GetMapping("/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable ProjectId id, Model model, Locale locale) {
        ProjectDetails project = queries.get(id, user);
        List<OrganisationChoice> choices = teamChoices(project, user);
        ProjectForm form = ProjectForm.of(project);
        return form(model, form, new BeanPropertyBindingResult(form, "projectForm"), choices, project, locale);
    }

    @PostMapping("/{id}/edit")
    String update(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @Valid @ModelAttribute("projectForm") ProjectForm form,
            BindingResult errors,
            @RequestParam(name = "action", required = false) @Nullable String action,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        projects.authorise(id, ProjectAction.CHANGE, user);
        ProjectDetails project = queries.get(id, user);
        List<OrganisationChoice> choices = teamChoices(project, user);
        form.setOrganisationId(project.organisation().value());
        if (CHECK_CPV.equals(action)) {
            return checkCpvOnly(form, choices, project, model, locale, response);
        }
        Money amount = form.amount(errors);
        if (!errors.hasErrors()) {
            try {
                projects.updateFacts(id, form.facts(amount), form.getVersion(), user);
                redirect.addFlashAttribute("flash", "projects.flash.updated");
                return "redirect:/projects/" + id;
            } catch (ProjectInputRejected rejected) {
                errors.rejectValue(rejected.field(), rejected.messageKey(), rejected.arguments(), null);
            } catch (ProjectChangedConcurrently | org.springframework.dao.OptimisticLockingFailureException e) {
                ProjectDetails current = queries.get(id, user);
                form.setVersion(current.version());
                response.setStatus(HttpStatus.CONFLICT.value());
                return show(model, form(form, errors, choices, current, locale).conflicted());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(model, form, errors, choices, project, locale);
    }

    /** Editing keeps the owning organisation; the team is chosen among its members. */
    private List<OrganisationChoice> teamChoices(ProjectDetails project, CurrentUser user) {
        return List.of(new OrganisationChoice(
                project.organisation(),
                project.organisationName(),
                project.nutsCode().value(),
                queries.teamCandidates(project.id(), user)));
    }

    // ---- pause, resume, stop ----

    @PostMapping("/{id}/pause")
    String pause(@AuthenticationPrincipal CurrentUser user, @PathVariable ProjectId id, RedirectAttributes redirect) {
        projects.pause(id, user);
        redirect.addFlashAttribute("flash", "projects.flash.paused");
        return "redirect:/projects/" + id;
    }

    @PostMapping("/{id}/resume")
    String resume(@AuthenticationPrincipal CurrentUser user, @PathVariable ProjectId id, RedirectAttributes redirect) {
        projects.resume(id, user);
        redirect.addFlashAttribute("flash", "projects.flash.resumed");
        return "redirect:/projects/" + id;
    }

    @PostMapping("/{id}/stop")
    String stop(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @Valid @ModelAttribute("stopForm") StopForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        projects.authorise(id, ProjectAction.STEER, user);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(model, queries.get(id, user), form, errors, locale);
        }
        projects.stop(id, java.util.Objects.requireNonNull(form.getReason()), user);
        redirect.addFlashAttribute("flash", "projects.flash.stopped");
        return "redirect:/projects/" + id;
    }

    // ---- timeline ----

    @GetMapping("/{id}/timeline")
    String timeline(@AuthenticationPrincipal CurrentUser user, @PathVariable ProjectId id, Model model) {
        model.addAttribute("project", queries.get(id, user));
        model.addAttribute("entries", queries.timeline(id, user));
        return "projects/timeline";
    }
}
