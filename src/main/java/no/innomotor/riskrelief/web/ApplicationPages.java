package no.innomotor.riskrelief.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import no.innomotor.projects.ProjectId;
import no.innomotor.riskrelief.ApplicationFileId;
import no.innomotor.riskrelief.ApplicationId;
import no.innomotor.riskrelief.ApplicationInput;
import no.innomotor.riskrelief.ApplicationView;
import no.innomotor.riskrelief.AssessmentInput;
import no.innomotor.riskrelief.AssessorCandidate;
import no.innomotor.riskrelief.DecisionInput;
import no.innomotor.riskrelief.MilestoneId;
import no.innomotor.riskrelief.NewApplication;
import no.innomotor.riskrelief.RiskReliefExceptions;
import no.innomotor.riskrelief.RiskReliefManagement;
import no.innomotor.riskrelief.RiskReliefQueries;
import no.innomotor.riskrelief.SchemeId;
import no.innomotor.shared.DomainException;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.files.UploadRejected;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The application pages: the new application's form (its address is fixed, the projects' pages link to it), the
 * list of the reader's applications, and an application's page with what each reader may do. Every command checks
 * the person's right before it reads the form.
 */
@Controller
class ApplicationPages {

    private final RiskReliefManagement riskRelief;
    private final RiskReliefQueries queries;

    ApplicationPages(RiskReliefManagement riskRelief, RiskReliefQueries queries) {
        this.riskRelief = riskRelief;
        this.queries = queries;
    }

    // ---- a new application ----

    @GetMapping("/riskrelief/schemes/{schemeId}/applications/new")
    String start(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable SchemeId schemeId,
            @RequestParam ProjectId project,
            Model model) {
        NewApplication start = riskRelief.start(schemeId, project, user);
        if (start.existing() != null) {
            return "redirect:/riskrelief/applications/" + start.existing();
        }
        ApplicationForm form = new ApplicationForm();
        model.addAttribute(
                "page", new NewApplicationPage(start, form, new BeanPropertyBindingResult(form, "applicationForm")));
        return NewApplicationPage.TEMPLATE;
    }

    @PostMapping("/riskrelief/schemes/{schemeId}/applications")
    String create(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable SchemeId schemeId,
            @RequestParam ProjectId project,
            @Valid @ModelAttribute("applicationForm") ApplicationForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        NewApplication start = riskRelief.start(schemeId, project, user);
        ApplicationInput input = form.toInput(errors);
        if (input != null && !errors.hasErrors()) {
            ApplicationId created;
            try {
                created = riskRelief.createApplication(schemeId, project, input, user);
            } catch (DomainException.RuleBroken | DomainException.Conflict refused) {
                Refusals.show(refused, errors);
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                model.addAttribute("page", new NewApplicationPage(start, form, errors));
                return NewApplicationPage.TEMPLATE;
            }
            if (!form.submitting()) {
                redirect.addFlashAttribute("flash", "riskrelief.flash.saved");
                return "redirect:/riskrelief/applications/" + created;
            }
            return submitOrShow(created, form, errors, user, model, response, redirect);
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("page", new NewApplicationPage(start, form, errors));
        return NewApplicationPage.TEMPLATE;
    }

    // ---- lists and the application ----

    @GetMapping("/riskrelief/applications")
    String applications(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("page", new ApplicationsPage(queries.applications(user)));
        return ApplicationsPage.TEMPLATE;
    }

    @GetMapping("/riskrelief/applications/{applicationId}")
    String application(
            @AuthenticationPrincipal CurrentUser user, @PathVariable ApplicationId applicationId, Model model) {
        return page(model, new Builder(applicationId, user));
    }

    @PostMapping("/riskrelief/applications/{applicationId}")
    String edit(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ApplicationId applicationId,
            @Valid @ModelAttribute("applicationForm") ApplicationForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ApplicationView current = queries.application(applicationId, user);
        if (!current.reader().applicant()) {
            throw new org.springframework.security.access.AccessDeniedException("Only the applicant edits");
        }
        ApplicationInput input = form.toInput(errors);
        if (input != null && !errors.hasErrors()) {
            try {
                riskRelief.editApplication(applicationId, input, form.getVersion(), user);
            } catch (RiskReliefExceptions.ChangedConcurrently | ObjectOptimisticLockingFailureException stale) {
                return again(model, response, HttpStatus.CONFLICT, applicationId, user, b -> {
                    form.setVersion(b.view.version());
                    b.form = form;
                    b.formErrors = errors;
                    b.conflict = true;
                });
            } catch (DomainException.RuleBroken | DomainException.Conflict refused) {
                Refusals.show(refused, errors);
                return again(model, response, HttpStatus.UNPROCESSABLE_CONTENT, applicationId, user, b -> {
                    b.form = form;
                    b.formErrors = errors;
                });
            }
            if (!form.submitting()) {
                redirect.addFlashAttribute("flash", "riskrelief.flash.saved");
                return "redirect:/riskrelief/applications/" + applicationId;
            }
            return submitOrShow(applicationId, form, errors, user, model, response, redirect);
        }
        return again(model, response, HttpStatus.UNPROCESSABLE_CONTENT, applicationId, user, b -> {
            b.form = form;
            b.formErrors = errors;
        });
    }

    private String submitOrShow(
            ApplicationId id,
            ApplicationForm form,
            BindingResult errors,
            CurrentUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            riskRelief.submit(id, user);
            redirect.addFlashAttribute("flash", "riskrelief.flash.submitted");
            return "redirect:/riskrelief/applications/" + id;
        } catch (DomainException.RuleBroken | DomainException.Conflict refused) {
            // The draft is saved; what is missing is shown beside its field.
            return again(model, response, HttpStatus.UNPROCESSABLE_CONTENT, id, user, b -> {
                BindingResult shown = new BeanPropertyBindingResult(form, "applicationForm");
                Refusals.show(refused, shown);
                form.setVersion(b.view.version());
                b.form = form;
                b.formErrors = shown;
            });
        }
    }

    @PostMapping("/riskrelief/applications/{applicationId}/withdraw")
    String withdraw(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ApplicationId applicationId,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect)
            throws MissingServletRequestParameterException {
        queries.application(applicationId, user);
        if (version == null) {
            throw new MissingServletRequestParameterException("version", "long");
        }
        riskRelief.withdraw(applicationId, version, user);
        redirect.addFlashAttribute("flash", "riskrelief.flash.withdrawn");
        return "redirect:/riskrelief/applications/" + applicationId;
    }

    @PostMapping("/riskrelief/applications/{applicationId}/attachments")
    String attach(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ApplicationId applicationId,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        queries.application(applicationId, user);
        if (file == null || file.isEmpty()) {
            return again(
                    model,
                    response,
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    applicationId,
                    user,
                    b -> b.reportErrors.reject("riskrelief.error.fileRequired"));
        }
        try {
            riskRelief.attach(
                    applicationId,
                    file.getOriginalFilename() == null ? "vedlegg" : file.getOriginalFilename(),
                    file.getBytes(),
                    null,
                    user);
        } catch (UploadRejected rejected) {
            return again(
                    model,
                    response,
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    applicationId,
                    user,
                    b -> b.reportErrors.reject(rejected.messageKey(), rejected.arguments(), null));
        }
        redirect.addFlashAttribute("flash", "riskrelief.flash.attached");
        return "redirect:/riskrelief/applications/" + applicationId + "#files";
    }

    @GetMapping("/riskrelief/applications/{applicationId}/files/{fileId}")
    ResponseEntity<byte[]> file(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ApplicationId applicationId,
            @PathVariable ApplicationFileId fileId) {
        RiskReliefManagement.FileContent file = riskRelief.file(applicationId, fileId, user);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file.content());
    }

    // ---- the owner: assessors, decision, payouts ----

    @PostMapping("/riskrelief/applications/{applicationId}/assessors")
    String assign(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ApplicationId applicationId,
            @ModelAttribute("assignForm") SmallForms.AssignForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        queries.candidates(applicationId, user);
        PersonId assessor = null;
        try {
            assessor = form.getAssessor() == null ? null : PersonId.of(form.getAssessor());
        } catch (IllegalArgumentException unreadable) {
            assessor = null;
        }
        if (assessor == null) {
            errors.rejectValue("assessor", "riskrelief.form.choose");
        } else {
            try {
                riskRelief.assign(applicationId, assessor, user);
                redirect.addFlashAttribute("flash", "riskrelief.flash.assigned");
                return "redirect:/riskrelief/applications/" + applicationId + "#assessment";
            } catch (DomainException.RuleBroken | DomainException.Conflict refused) {
                Refusals.show(refused, errors);
            }
        }
        return again(
                model, response, HttpStatus.UNPROCESSABLE_CONTENT, applicationId, user, b -> b.assignErrors = errors);
    }

    @PostMapping("/riskrelief/applications/{applicationId}/decision")
    String decide(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ApplicationId applicationId,
            @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ApplicationView current = queries.application(applicationId, user);
        if (!current.reader().owner()) {
            throw new org.springframework.security.access.AccessDeniedException("Only the owner decides");
        }
        DecisionInput input = form.toInput(current.amountRequested(), errors);
        if (input != null && !errors.hasErrors()) {
            try {
                riskRelief.decide(applicationId, input, form.getVersion(), user);
                redirect.addFlashAttribute("flash", "riskrelief.flash.decided");
                return "redirect:/riskrelief/applications/" + applicationId + "#decision";
            } catch (RiskReliefExceptions.ChangedConcurrently | ObjectOptimisticLockingFailureException stale) {
                return again(model, response, HttpStatus.CONFLICT, applicationId, user, b -> {
                    form.setVersion(b.view.version());
                    b.decisionForm = form;
                    b.decisionErrors = errors;
                    b.conflict = true;
                });
            } catch (DomainException.RuleBroken | DomainException.Conflict refused) {
                Refusals.show(refused, errors);
            }
        }
        return again(model, response, HttpStatus.UNPROCESSABLE_CONTENT, applicationId, user, b -> {
            b.decisionForm = form;
            b.decisionErrors = errors;
        });
    }

    @GetMapping("/riskrelief/applications/{applicationId}/letter")
    ResponseEntity<byte[]> letter(
            @AuthenticationPrincipal CurrentUser user, @PathVariable ApplicationId applicationId) {
        byte[] pdf = riskRelief.letter(applicationId, user);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("vedtak-" + applicationId + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    @PostMapping("/riskrelief/applications/{applicationId}/milestones/{milestoneId}/payout")
    String pay(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ApplicationId applicationId,
            @PathVariable MilestoneId milestoneId,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        queries.candidates(applicationId, user);
        try {
            riskRelief.pay(applicationId, milestoneId, user);
        } catch (DomainException.RuleBroken refused) {
            return again(
                    model,
                    response,
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    applicationId,
                    user,
                    b -> b.reportErrors.reject(refused.messageKey(), refused.arguments(), null));
        }
        redirect.addFlashAttribute("flash", "riskrelief.flash.paid");
        return "redirect:/riskrelief/applications/" + applicationId + "#milestones";
    }

    // ---- the assessor ----

    @PostMapping("/riskrelief/applications/{applicationId}/conflict")
    String declare(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ApplicationId applicationId,
            @ModelAttribute("conflictForm") SmallForms.ConflictForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ApplicationView current = queries.application(applicationId, user);
        if (!current.reader().assessor()) {
            throw new org.springframework.security.access.AccessDeniedException("Only an assessor declares");
        }
        String answer = form.getConflict();
        if (!"yes".equals(answer) && !"no".equals(answer)) {
            errors.rejectValue("conflict", "riskrelief.form.choose");
        } else {
            boolean conflict = "yes".equals(answer);
            try {
                riskRelief.declare(applicationId, conflict, Parse.text(form.getReason()), user);
                if (conflict) {
                    // The application is closed to them now: back to their list, with a word on why.
                    redirect.addFlashAttribute("flash", "riskrelief.flash.conflictDeclared");
                    return "redirect:/riskrelief/applications";
                }
                redirect.addFlashAttribute("flash", "riskrelief.flash.noConflict");
                return "redirect:/riskrelief/applications/" + applicationId + "#assessment";
            } catch (DomainException.RuleBroken | DomainException.Conflict refused) {
                Refusals.show(refused, errors);
            }
        }
        return again(model, response, HttpStatus.UNPROCESSABLE_CONTENT, applicationId, user, b -> {
            b.conflictForm = form;
            b.conflictErrors = errors;
        });
    }

    @PostMapping("/riskrelief/applications/{applicationId}/assessment")
    String assess(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ApplicationId applicationId,
            @ModelAttribute("assessmentForm") AssessmentForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ApplicationView current = queries.application(applicationId, user);
        if (!current.reader().assessor()) {
            throw new org.springframework.security.access.AccessDeniedException("Only an assessor scores");
        }
        AssessmentInput input = form.toInput(
                current.answers().stream()
                        .map(ApplicationView.Answer::criterion)
                        .toList(),
                errors);
        if (input != null && !errors.hasErrors()) {
            try {
                riskRelief.assess(applicationId, input, user);
                redirect.addFlashAttribute("flash", "riskrelief.flash.assessed");
                return "redirect:/riskrelief/applications/" + applicationId + "#assessment";
            } catch (DomainException.RuleBroken | DomainException.Conflict refused) {
                Refusals.show(refused, errors);
            }
        }
        return again(model, response, HttpStatus.UNPROCESSABLE_CONTENT, applicationId, user, b -> {
            b.assessmentForm = form;
            b.assessmentErrors = errors;
        });
    }

    // ---- the applicant's reports ----

    @PostMapping("/riskrelief/applications/{applicationId}/milestones/{milestoneId}/report")
    String report(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ApplicationId applicationId,
            @PathVariable MilestoneId milestoneId,
            @ModelAttribute("reportForm") SmallForms.ReportForm form,
            BindingResult errors,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        ApplicationView current = queries.application(applicationId, user);
        if (!current.reader().applicant()) {
            throw new org.springframework.security.access.AccessDeniedException("Only the applicant reports");
        }
        try {
            if (file != null && !file.isEmpty()) {
                riskRelief.attach(
                        applicationId,
                        file.getOriginalFilename() == null ? "rapport" : file.getOriginalFilename(),
                        file.getBytes(),
                        milestoneId,
                        user);
            }
            riskRelief.reportMilestone(applicationId, milestoneId, Parse.text(form.getReport()), user);
            redirect.addFlashAttribute("flash", "riskrelief.flash.reported");
            return "redirect:/riskrelief/applications/" + applicationId + "#milestones";
        } catch (UploadRejected rejected) {
            errors.rejectValue("report", rejected.messageKey(), rejected.arguments(), null);
        } catch (DomainException.RuleBroken | DomainException.Conflict refused) {
            errors.rejectValue("report", refused.messageKey(), refused.arguments(), null);
        }
        return again(model, response, HttpStatus.UNPROCESSABLE_CONTENT, applicationId, user, b -> {
            b.reportForm = form;
            b.reportErrors = errors;
        });
    }

    @PostMapping("/riskrelief/applications/{applicationId}/final-report")
    String finalReport(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ApplicationId applicationId,
            @ModelAttribute("reportForm") SmallForms.ReportForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ApplicationView current = queries.application(applicationId, user);
        if (!current.reader().applicant()) {
            throw new org.springframework.security.access.AccessDeniedException("Only the applicant reports");
        }
        try {
            riskRelief.finalReport(applicationId, Parse.text(form.getFinalReport()), user);
            redirect.addFlashAttribute("flash", "riskrelief.flash.closed");
            return "redirect:/riskrelief/applications/" + applicationId;
        } catch (DomainException.RuleBroken | DomainException.Conflict refused) {
            errors.rejectValue("finalReport", refused.messageKey(), refused.arguments(), null);
        }
        return again(model, response, HttpStatus.UNPROCESSABLE_CONTENT, applicationId, user, b -> {
            b.reportForm = form;
            b.reportErrors = errors;
        });
    }

    // ---- building the page ----

    private final class Builder {
        final ApplicationView view;

        @Nullable
        ApplicationForm form;

        Errors formErrors;
        List<AssessorCandidate> candidates;
        SmallForms.AssignForm assignForm = new SmallForms.AssignForm();
        Errors assignErrors = new BeanPropertyBindingResult(assignForm, "assignForm");
        SmallForms.ConflictForm conflictForm = new SmallForms.ConflictForm();
        Errors conflictErrors = new BeanPropertyBindingResult(conflictForm, "conflictForm");
        AssessmentForm assessmentForm = new AssessmentForm();
        Errors assessmentErrors = new BeanPropertyBindingResult(assessmentForm, "assessmentForm");
        DecisionForm decisionForm = new DecisionForm();
        Errors decisionErrors;
        SmallForms.ReportForm reportForm = new SmallForms.ReportForm();
        Errors reportErrors = new BeanPropertyBindingResult(reportForm, "reportForm");
        boolean conflict;

        Builder(ApplicationId id, CurrentUser user) {
            this.view = queries.application(id, user);
            this.form = view.can().edit() ? ApplicationForm.of(view) : null;
            this.formErrors =
                    new BeanPropertyBindingResult(form == null ? new ApplicationForm() : form, "applicationForm");
            this.candidates = view.can().assign() ? queries.candidates(id, user) : List.of();
            decisionForm.setVersion(view.version());
            this.decisionErrors = new BeanPropertyBindingResult(decisionForm, "decisionForm");
        }

        ApplicationPage build() {
            return new ApplicationPage(
                    view,
                    form,
                    formErrors,
                    candidates,
                    assignErrors,
                    conflictForm,
                    conflictErrors,
                    assessmentForm,
                    assessmentErrors,
                    decisionForm,
                    decisionErrors,
                    reportForm,
                    reportErrors,
                    conflict);
        }
    }

    private String again(
            Model model,
            HttpServletResponse response,
            HttpStatus status,
            ApplicationId id,
            CurrentUser user,
            Consumer<Builder> keep) {
        Builder page = new Builder(id, user);
        keep.accept(page);
        response.setStatus(status.value());
        return page(model, page);
    }

    private static String page(Model model, Builder builder) {
        model.addAttribute("page", builder.build());
        return ApplicationPage.TEMPLATE;
    }
}
