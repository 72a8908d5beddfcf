package no.innomotor.followup.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import no.innomotor.followup.ActivityKind;
import no.innomotor.followup.FollowUpManagement;
import no.innomotor.followup.FollowUpQueries;
import no.innomotor.followup.NewPlan;
import no.innomotor.followup.Overview;
import no.innomotor.followup.OverviewFilter;
import no.innomotor.followup.PlanChangedConcurrently;
import no.innomotor.followup.PlanId;
import no.innomotor.followup.Responsible;
import no.innomotor.followup.StepId;
import no.innomotor.notices.NutsCatalogue;
import no.innomotor.notices.NutsRegion;
import no.innomotor.shared.DomainException;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
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
 * The follow-up pages: the advisers' overview, the form that starts a company's plan, the plan's page (forms for the
 * adviser keeping it, comments for both sides), and a supplier's way to its company's plan. Every command checks the
 * person's right before it reads the form.
 */
@Controller
class FollowUpPages {

    private final FollowUpManagement followUp;
    private final FollowUpQueries queries;
    private final NutsCatalogue nuts;

    FollowUpPages(FollowUpManagement followUp, FollowUpQueries queries, NutsCatalogue nuts) {
        this.followUp = followUp;
        this.queries = queries;
        this.nuts = nuts;
    }

    // ---- the advisers' overview ----

    @GetMapping("/followup")
    String overview(
            @AuthenticationPrincipal CurrentUser user,
            @ModelAttribute("overviewQuery") OverviewQuery query,
            BindingResult errors,
            Model model,
            HttpServletResponse response) {
        Map<String, String> counties = names(nuts.counties());
        OverviewFilter filter = query.filter(counties, errors);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        Overview overview = queries.overview(filter, query.getPage(), user);
        model.addAttribute(
                "page",
                new OverviewPage(
                        overview,
                        query,
                        errors,
                        counties,
                        names(nuts.norwegianRegions()),
                        overview.page() > 0 ? Optional.of(query.url(overview.page() - 1)) : Optional.empty(),
                        overview.page() + 1 < overview.pages()
                                ? Optional.of(query.url(overview.page() + 1))
                                : Optional.empty()));
        return OverviewPage.TEMPLATE;
    }

    // ---- a supplier's way to its plan ----

    @GetMapping("/followup/mine")
    String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
        Optional<PlanId> plan = queries.ownPlan(user);
        if (plan.isPresent()) {
            return "redirect:/followup/plans/" + plan.get();
        }
        model.addAttribute("page", new OwnPlanPage(true));
        return OwnPlanPage.TEMPLATE;
    }

    // ---- starting a plan ----

    @GetMapping("/followup/companies/{companyId}/plan/new")
    String start(@AuthenticationPrincipal CurrentUser user, @PathVariable OrganisationId companyId, Model model) {
        NewPlan start = followUp.start(companyId, user);
        if (start.openPlan().isPresent()) {
            return "redirect:/followup/plans/" + start.openPlan().get();
        }
        GoalsForm form = GoalsForm.of(start.goals(), 0);
        model.addAttribute("page", new NewPlanPage(start, form, errors(form, "goalsForm"), false));
        return NewPlanPage.TEMPLATE;
    }

    @PostMapping("/followup/companies/{companyId}/plan")
    String create(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable OrganisationId companyId,
            @Valid @ModelAttribute("goalsForm") GoalsForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NewPlan start = followUp.start(companyId, user);
        if (!errors.hasErrors()) {
            try {
                PlanId created = followUp.create(companyId, form.toGoals(), user);
                redirect.addFlashAttribute("flash", "followup.flash.created");
                return "redirect:/followup/plans/" + created;
            } catch (DomainException.Conflict conflict) {
                errors.reject(conflict.messageKey());
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("page", new NewPlanPage(start, form, errors, false));
                return NewPlanPage.TEMPLATE;
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("page", new NewPlanPage(start, form, errors, false));
        return NewPlanPage.TEMPLATE;
    }

    // ---- the plan ----

    @GetMapping("/followup/plans/{id}")
    String plan(@AuthenticationPrincipal CurrentUser user, @PathVariable PlanId id, Model model) {
        return page(model, new Builder(id, user));
    }

    @PostMapping("/followup/plans/{id}/goals")
    String changeGoals(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable PlanId id,
            @Valid @ModelAttribute("goalsForm") GoalsForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        followUp.authoriseKeeper(id, user);
        if (!errors.hasErrors()) {
            try {
                followUp.changeGoals(id, form.toGoals(), form.getVersion(), user);
                redirect.addFlashAttribute("flash", "followup.flash.goalsChanged");
                return "redirect:/followup/plans/" + id + "#goals";
            } catch (PlanChangedConcurrently | ObjectOptimisticLockingFailureException conflict) {
                Builder page = new Builder(id, user);
                // What the adviser typed stays; the version becomes the one saved now, so saving again overwrites it.
                form.setVersion(page.view.version());
                page.goalsForm = form;
                page.goalsErrors = errors;
                page.conflict = true;
                response.setStatus(HttpStatus.CONFLICT.value());
                return page(model, page);
            }
        }
        Builder page = new Builder(id, user);
        page.goalsForm = form;
        page.goalsErrors = errors;
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, page);
    }

    @PostMapping("/followup/plans/{id}/activities")
    String addActivity(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable PlanId id,
            @Valid @ModelAttribute("activityForm") ActivityForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        followUp.authoriseKeeper(id, user);
        ActivityKind kind = form.kind(errors);
        LocalDate on = Dates.required(form.getActivityDate(), "activityDate", errors);
        if (!errors.hasErrors() && kind != null && on != null) {
            try {
                followUp.addActivity(
                        id, kind, on, text(form.getActivityDescription()), text(form.getActivityWho()), user);
                redirect.addFlashAttribute("flash", "followup.flash.activityAdded");
                return "redirect:/followup/plans/" + id + "#activities";
            } catch (ObjectOptimisticLockingFailureException conflict) {
                return again(model, response, id, user, page -> {
                    page.activityForm = form;
                    page.activityErrors = errors;
                    page.conflict = true;
                });
            }
        }
        return invalid(model, response, id, user, page -> {
            page.activityForm = form;
            page.activityErrors = errors;
        });
    }

    @PostMapping("/followup/plans/{id}/steps")
    String addStep(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable PlanId id,
            @Valid @ModelAttribute("stepForm") StepForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        followUp.authoriseKeeper(id, user);
        Responsible responsible = form.responsible(errors);
        LocalDate due = Dates.required(form.getStepDue(), "stepDue", errors);
        if (!errors.hasErrors() && responsible != null && due != null) {
            try {
                followUp.addStep(id, text(form.getStepText()), due, responsible, user);
                redirect.addFlashAttribute("flash", "followup.flash.stepAdded");
                return "redirect:/followup/plans/" + id + "#steps";
            } catch (ObjectOptimisticLockingFailureException conflict) {
                return again(model, response, id, user, page -> {
                    page.stepForm = form;
                    page.stepErrors = errors;
                    page.conflict = true;
                });
            }
        }
        return invalid(model, response, id, user, page -> {
            page.stepForm = form;
            page.stepErrors = errors;
        });
    }

    @PostMapping("/followup/plans/{id}/steps/{stepId}/done")
    String markDone(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable PlanId id,
            @PathVariable StepId stepId,
            RedirectAttributes redirect) {
        followUp.markDone(id, stepId, user);
        redirect.addFlashAttribute("flash", "followup.flash.stepDone");
        return "redirect:/followup/plans/" + id + "#steps";
    }

    @PostMapping("/followup/plans/{id}/outcomes")
    String addOutcome(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable PlanId id,
            @Valid @ModelAttribute("outcomeForm") OutcomeForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        followUp.authoriseKeeper(id, user);
        LocalDate on = Dates.required(form.getOutcomeDate(), "outcomeDate", errors);
        if (!errors.hasErrors() && on != null) {
            try {
                followUp.addOutcome(id, text(form.getOutcomeText()), on, user);
                redirect.addFlashAttribute("flash", "followup.flash.outcomeAdded");
                return "redirect:/followup/plans/" + id + "#outcomes";
            } catch (ObjectOptimisticLockingFailureException conflict) {
                return again(model, response, id, user, page -> {
                    page.outcomeForm = form;
                    page.outcomeErrors = errors;
                    page.conflict = true;
                });
            }
        }
        return invalid(model, response, id, user, page -> {
            page.outcomeForm = form;
            page.outcomeErrors = errors;
        });
    }

    @PostMapping("/followup/plans/{id}/comments")
    String comment(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable PlanId id,
            @Valid @ModelAttribute("commentForm") CommentForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        followUp.authoriseReader(id, user);
        if (!errors.hasErrors()) {
            try {
                followUp.comment(id, text(form.getCommentText()), user);
                redirect.addFlashAttribute("flash", "followup.flash.commented");
                return "redirect:/followup/plans/" + id + "#comments";
            } catch (ObjectOptimisticLockingFailureException conflict) {
                return again(model, response, id, user, page -> {
                    page.commentForm = form;
                    page.commentErrors = errors;
                    page.conflict = true;
                });
            }
        }
        return invalid(model, response, id, user, page -> {
            page.commentForm = form;
            page.commentErrors = errors;
        });
    }

    @PostMapping("/followup/plans/{id}/close")
    String close(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable PlanId id,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect)
            throws MissingServletRequestParameterException {
        followUp.authoriseKeeper(id, user);
        if (version == null) {
            throw new MissingServletRequestParameterException("version", "long");
        }
        followUp.close(id, version, user);
        redirect.addFlashAttribute("flash", "followup.flash.closed");
        return "redirect:/followup/plans/" + id;
    }

    // ---- building the plan's page ----

    /** The plan page's parts, with empty forms that a handler replaces by the one it re-shows. */
    private final class Builder {
        final no.innomotor.followup.PlanView view;
        GoalsForm goalsForm;
        Errors goalsErrors;
        ActivityForm activityForm = new ActivityForm();
        Errors activityErrors = errors(activityForm, "activityForm");
        StepForm stepForm = new StepForm();
        Errors stepErrors = errors(stepForm, "stepForm");
        OutcomeForm outcomeForm = new OutcomeForm();
        Errors outcomeErrors = errors(outcomeForm, "outcomeForm");
        CommentForm commentForm = new CommentForm();
        Errors commentErrors = errors(commentForm, "commentForm");
        boolean conflict;

        Builder(PlanId id, CurrentUser user) {
            this.view = queries.plan(id, user);
            this.goalsForm = GoalsForm.of(view.goals(), view.version());
            this.goalsErrors = errors(goalsForm, "goalsForm");
        }

        PlanPage build() {
            return new PlanPage(
                    view,
                    goalsForm,
                    goalsErrors,
                    activityForm,
                    activityErrors,
                    stepForm,
                    stepErrors,
                    outcomeForm,
                    outcomeErrors,
                    commentForm,
                    commentErrors,
                    conflict);
        }
    }

    private String invalid(
            Model model,
            HttpServletResponse response,
            PlanId id,
            CurrentUser user,
            java.util.function.Consumer<Builder> keep) {
        Builder page = new Builder(id, user);
        keep.accept(page);
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, page);
    }

    private String again(
            Model model,
            HttpServletResponse response,
            PlanId id,
            CurrentUser user,
            java.util.function.Consumer<Builder> keep) {
        Builder page = new Builder(id, user);
        keep.accept(page);
        response.setStatus(HttpStatus.CONFLICT.value());
        return page(model, page);
    }

    private static String page(Model model, Builder builder) {
        model.addAttribute("page", builder.build());
        return PlanPage.TEMPLATE;
    }

    private static Errors errors(Object form, String name) {
        return new BeanPropertyBindingResult(form, name);
    }

    private static String text(@Nullable String typed) {
        return typed == null ? "" : typed;
    }

    private static Map<String, String> names(java.util.List<NutsRegion> regions) {
        Map<String, String> names = new LinkedHashMap<>();
        regions.forEach(region -> names.put(region.code().value(), region.name()));
        return names;
    }
}
