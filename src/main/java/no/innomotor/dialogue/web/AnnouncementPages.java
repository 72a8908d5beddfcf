package no.innomotor.dialogue.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import no.innomotor.dialogue.AnnouncementChangedConcurrently;
import no.innomotor.dialogue.AnnouncementFacts;
import no.innomotor.dialogue.AnnouncementId;
import no.innomotor.dialogue.AnnouncementInputRejected;
import no.innomotor.dialogue.AnnouncementView;
import no.innomotor.dialogue.ConferenceManagement;
import no.innomotor.dialogue.DialogueAttachments;
import no.innomotor.dialogue.DialogueManagement;
import no.innomotor.dialogue.DialogueQueries;
import no.innomotor.dialogue.DraftDocuments;
import no.innomotor.dialogue.MeetingQueries;
import no.innomotor.dialogue.QuestionId;
import no.innomotor.notices.CpvCatalogue;
import no.innomotor.notices.NutsCatalogue;
import no.innomotor.notices.NutsRegion;
import no.innomotor.projects.ProjectDetails;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectQueries;
import no.innomotor.shared.DomainException;
import no.innomotor.shared.RoadmapStep;
import no.innomotor.shared.files.UploadRejected;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The market dialogue's pages: a project's announcements and the draft form (for the buyer's team), and the
 * announcement's own page, where suppliers register, ask and send input and the team works the questions. Every
 * command checks the person's right before it reads the form.
 */
@Controller
class AnnouncementPages {

    private final DialogueManagement dialogue;
    private final DialogueQueries queries;
    private final ProjectQueries projects;
    private final CpvCatalogue cpv;
    private final NutsCatalogue nuts;
    private final DialogueAttachments attachments;
    private final ConferenceManagement conferences;
    private final DraftDocuments drafts;
    private final MeetingQueries meetings;

    AnnouncementPages(
            DialogueManagement dialogue,
            DialogueQueries queries,
            ProjectQueries projects,
            CpvCatalogue cpv,
            NutsCatalogue nuts,
            DialogueAttachments attachments,
            ConferenceManagement conferences,
            DraftDocuments drafts,
            MeetingQueries meetings) {
        this.attachments = attachments;
        this.conferences = conferences;
        this.drafts = drafts;
        this.dialogue = dialogue;
        this.queries = queries;
        this.projects = projects;
        this.cpv = cpv;
        this.nuts = nuts;
        this.meetings = meetings;
    }

    // ---- a project's announcements and the draft form ----

    @GetMapping("/projects/{id}/announcements")
    String forProject(@AuthenticationPrincipal CurrentUser user, @PathVariable ProjectId id, Model model) {
        ProjectDetails project = projects.get(id, user);
        model.addAttribute(
                "page",
                new ProjectAnnouncementsPage(
                        project,
                        queries.forProject(id, user),
                        project.can().edit() && !project.status().isFinal(),
                        stepReached(project),
                        user.hasRole(project.organisation(), no.innomotor.shared.security.Role.BUYER)));
        return ProjectAnnouncementsPage.TEMPLATE;
    }

    @GetMapping("/projects/{id}/announcements/new")
    String newDraft(@AuthenticationPrincipal CurrentUser user, @PathVariable ProjectId id, Model model) {
        dialogue.authoriseDraft(id, user);
        ProjectDetails project = projects.get(id, user);
        AnnouncementForm form = AnnouncementForm.start(
                project.title(), project.need(), project.nutsCode().value(), user.displayName(), user.email());
        return form(
                model,
                new AnnouncementFormPage(
                        form,
                        errors(form, "announcementForm"),
                        id,
                        project.title(),
                        Optional.empty(),
                        regions(),
                        false));
    }

    @PostMapping("/projects/{id}/announcements")
    String draft(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @Valid @ModelAttribute("announcementForm") AnnouncementForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        dialogue.authoriseDraft(id, user);
        ProjectDetails project = projects.get(id, user);
        AnnouncementFacts facts = form.facts(errors, cpv);
        if (facts != null) {
            try {
                AnnouncementId created = dialogue.draft(id, facts, user);
                redirect.addFlashAttribute("flash", "dialogue.flash.drafted");
                return "redirect:/announcements/" + created;
            } catch (AnnouncementInputRejected rejected) {
                errors.rejectValue(rejected.field(), rejected.messageKey());
            } catch (DomainException.RuleBroken broken) {
                errors.reject(broken.messageKey());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(
                model,
                new AnnouncementFormPage(
                        form, sorted(errors), id, project.title(), Optional.empty(), regions(), false));
    }

    // ---- the announcement's page ----

    @GetMapping("/announcements/{id}")
    String show(
            @AuthenticationPrincipal @Nullable CurrentUser user,
            @PathVariable AnnouncementId id,
            @RequestParam(name = "upload", required = false) @Nullable String upload,
            Model model,
            Locale locale) {
        Builder page = builder(id, user, locale);
        page.inputErrors = TooLarge.errors(page.inputForm, "inputForm", upload);
        return page(model, page);
    }

    @GetMapping("/announcements/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable AnnouncementId id, Model model) {
        dialogue.authoriseTeam(id, user);
        AnnouncementView view = queries.announcement(id, user);
        if (!view.draft()) {
            return "redirect:/announcements/" + id;
        }
        AnnouncementForm form = AnnouncementForm.of(view.facts(), view.version());
        return form(
                model,
                new AnnouncementFormPage(
                        form,
                        errors(form, "announcementForm"),
                        view.project(),
                        view.facts().title(),
                        Optional.of(id),
                        regions(),
                        false));
    }

    @PostMapping("/announcements/{id}/edit")
    String change(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable AnnouncementId id,
            @Valid @ModelAttribute("announcementForm") AnnouncementForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        dialogue.authoriseTeam(id, user);
        AnnouncementView view = queries.announcement(id, user);
        AnnouncementFacts facts = form.facts(errors, cpv);
        if (facts != null) {
            try {
                dialogue.change(id, facts, form.getVersion(), user);
                redirect.addFlashAttribute("flash", "dialogue.flash.changed");
                return "redirect:/announcements/" + id;
            } catch (AnnouncementInputRejected rejected) {
                errors.rejectValue(rejected.field(), rejected.messageKey());
            } catch (AnnouncementChangedConcurrently
                    | org.springframework.dao.OptimisticLockingFailureException conflict) {
                // What the person typed stays; the version becomes the one saved now, so saving again overwrites it.
                form.setVersion(queries.announcement(id, user).version());
                response.setStatus(HttpStatus.CONFLICT.value());
                return form(
                        model,
                        new AnnouncementFormPage(
                                form, errors, view.project(), view.facts().title(), Optional.of(id), regions(), true));
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(
                model,
                new AnnouncementFormPage(
                        form, sorted(errors), view.project(), view.facts().title(), Optional.of(id), regions(), false));
    }

    @PostMapping("/announcements/{id}/publish")
    String publish(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable AnnouncementId id,
            @RequestParam(required = false) @Nullable Long version,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws MissingServletRequestParameterException {
        dialogue.authoriseTeam(id, user);
        long expected = required(version, "version");
        try {
            dialogue.publish(id, expected, user);
        } catch (AnnouncementInputRejected rejected) {
            Builder page = builder(id, user, locale);
            page.publishErrors.reject(rejected.messageKey());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, page);
        }
        redirect.addFlashAttribute("flash", "dialogue.flash.published");
        return "redirect:/announcements/" + id;
    }

    @PostMapping("/announcements/{id}/withdraw")
    String withdraw(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable AnnouncementId id,
            @RequestParam(required = false) @Nullable Long version,
            RedirectAttributes redirect)
            throws MissingServletRequestParameterException {
        dialogue.authoriseTeam(id, user);
        dialogue.withdraw(id, required(version, "version"), user);
        redirect.addFlashAttribute("flash", "dialogue.flash.withdrawn");
        return "redirect:/announcements/" + id;
    }

    // ---- what suppliers do ----

    @PostMapping("/announcements/{id}/registration")
    String register(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable AnnouncementId id,
            @Valid @ModelAttribute("registrationForm") RegistrationForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        dialogue.authoriseSupplier(id, user);
        if (!errors.hasErrors()) {
            try {
                dialogue.register(id, form.toParticipants(), user);
                redirect.addFlashAttribute("flash", "dialogue.flash.registered");
                return "redirect:/announcements/" + id;
            } catch (DomainException.RuleBroken broken) {
                errors.rejectValue("participants", broken.messageKey());
            }
        }
        Builder page = builder(id, user, locale);
        page.registrationForm = form;
        page.registrationErrors = errors;
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, page);
    }

    @PostMapping("/announcements/{id}/registration/cancel")
    String cancelRegistration(
            @AuthenticationPrincipal CurrentUser user, @PathVariable AnnouncementId id, RedirectAttributes redirect) {
        dialogue.authoriseSupplier(id, user);
        dialogue.cancelRegistration(id, user);
        redirect.addFlashAttribute("flash", "dialogue.flash.registrationCancelled");
        return "redirect:/announcements/" + id;
    }

    @PostMapping("/announcements/{id}/questions")
    String ask(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable AnnouncementId id,
            @Valid @ModelAttribute("questionForm") TextForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        dialogue.authoriseSupplier(id, user);
        if (!errors.hasErrors()) {
            try {
                dialogue.ask(id, form.getText(), user);
                redirect.addFlashAttribute("flash", "dialogue.flash.asked");
                return "redirect:/announcements/" + id + "#questions";
            } catch (DomainException.RuleBroken broken) {
                errors.rejectValue("text", broken.messageKey());
            }
        }
        Builder page = builder(id, user, locale);
        page.questionForm = form;
        page.questionErrors = errors;
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, page);
    }

    @PostMapping("/announcements/{id}/inputs")
    String sendInput(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable AnnouncementId id,
            @Valid @ModelAttribute("inputForm") InputForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        dialogue.authoriseSupplier(id, user);
        if (!errors.hasErrors()) {
            try {
                attachments.sendInput(id, form.getText(), Uploads.of(form.getFiles()), user);
                redirect.addFlashAttribute("flash", "dialogue.flash.inputSent");
                return "redirect:/announcements/" + id + "#inputs";
            } catch (UploadRejected rejected) {
                // The reason next to the file field; the text the person wrote stays in the form.
                errors.rejectValue("files", rejected.messageKey(), rejected.arguments(), null);
            } catch (AnnouncementInputRejected rejected) {
                errors.rejectValue(rejected.field().equals("files") ? "files" : "text", rejected.messageKey());
            } catch (DomainException.RuleBroken broken) {
                errors.rejectValue("text", broken.messageKey());
            }
        }
        Builder page = builder(id, user, locale);
        page.inputForm = form;
        page.inputErrors = errors;
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, page);
    }

    // ---- matchmaking ----

    /** Joins the matchmaking; in place (htmx) the section comes back, otherwise the page after a redirect. */
    @PostMapping("/announcements/{id}/matchmaking")
    String joinMatchmaking(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable AnnouncementId id,
            @Valid @ModelAttribute("matchmakingForm") MatchmakingForm form,
            BindingResult errors,
            HtmxRequest htmx,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        dialogue.authoriseSupplier(id, user);
        if (!errors.hasErrors()) {
            try {
                dialogue.joinMatchmaking(
                        id, java.util.Objects.requireNonNull(form.getOffer()), form.getContact(), user);
                return matchmakingDone(id, user, locale, htmx, model, redirect, "dialogue.flash.matchmakingJoined");
            } catch (AnnouncementInputRejected rejected) {
                errors.rejectValue(rejected.field(), rejected.messageKey());
            } catch (DomainException.RuleBroken broken) {
                errors.reject(broken.messageKey());
            } catch (DomainException.Conflict conflict) {
                // A colleague joined for the company a moment ago: the section shows the company taking part.
                Builder page = builder(id, user, locale);
                page.fragment = htmx.isHtmxRequest();
                response.setStatus(HttpStatus.CONFLICT.value());
                model.addAttribute("flash", "dialogue.error.alreadyMatched");
                return page(model, page);
            }
        }
        Builder page = builder(id, user, locale);
        page.matchmakingForm = form;
        page.matchmakingErrors = errors;
        page.fragment = htmx.isHtmxRequest();
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, page);
    }

    @PostMapping("/announcements/{id}/matchmaking/leave")
    String leaveMatchmaking(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable AnnouncementId id,
            HtmxRequest htmx,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        dialogue.authoriseSupplier(id, user);
        try {
            dialogue.leaveMatchmaking(id, user);
        } catch (DomainException.Conflict alreadyOut) {
            // Left already (another tab, a colleague): the company is out, as the person asked.
        }
        return matchmakingDone(id, user, locale, htmx, model, redirect, "dialogue.flash.matchmakingLeft");
    }

    private String matchmakingDone(
            AnnouncementId id,
            CurrentUser user,
            Locale locale,
            HtmxRequest htmx,
            Model model,
            RedirectAttributes redirect,
            String flash) {
        if (htmx.isHtmxRequest()) {
            Builder page = builder(id, user, locale);
            page.fragment = true;
            model.addAttribute("flash", flash);
            return page(model, page);
        }
        redirect.addFlashAttribute("flash", flash);
        return "redirect:/announcements/" + id + "#matchmaking";
    }

    // ---- what the team does with questions ----

    @PostMapping("/questions/{id}/progress")
    String takeUp(@AuthenticationPrincipal CurrentUser user, @PathVariable QuestionId id, RedirectAttributes redirect) {
        AnnouncementId announcement = dialogue.takeUp(id, user);
        redirect.addFlashAttribute("flash", "dialogue.flash.takenUp");
        return "redirect:/announcements/" + announcement + "#questions";
    }

    @PostMapping("/questions/{id}/duplicate")
    String bundle(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable QuestionId id,
            @RequestParam(required = false) @Nullable UUID main,
            RedirectAttributes redirect)
            throws MissingServletRequestParameterException {
        dialogue.authoriseTeam(id, user);
        AnnouncementId announcement = dialogue.bundle(id, new QuestionId(required(main, "main")), user);
        redirect.addFlashAttribute("flash", "dialogue.flash.bundled");
        return "redirect:/announcements/" + announcement + "#questions";
    }

    @PostMapping("/questions/{id}/answer")
    String answer(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable QuestionId id,
            @Valid @ModelAttribute("answerForm") TextForm form,
            BindingResult errors,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        AnnouncementId announcement = dialogue.authoriseTeam(id, user);
        if (!errors.hasErrors()) {
            try {
                dialogue.answer(id, form.getText(), user);
                redirect.addFlashAttribute("flash", "dialogue.flash.answered");
                return "redirect:/announcements/" + announcement + "#questions";
            } catch (DomainException.RuleBroken broken) {
                errors.rejectValue("text", broken.messageKey());
            }
        }
        Builder page = builder(announcement, user, locale);
        page.answerForm = form;
        page.answerErrors = errors;
        page.answering = Optional.of(id);
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, page);
    }

    // ---- building the pages ----

    /** The announcement page's parts, with empty forms that a handler replaces by the one it re-shows. */
    private final class Builder {
        final AnnouncementView view;
        final Locale locale;
        final @Nullable CurrentUser user;
        TextForm questionForm = new TextForm();
        Errors questionErrors = errors(questionForm, "questionForm");
        InputForm inputForm = new InputForm();
        Errors inputErrors = errors(inputForm, "inputForm");
        RegistrationForm registrationForm = new RegistrationForm();
        Errors registrationErrors = errors(registrationForm, "registrationForm");
        TextForm answerForm = new TextForm();
        Errors answerErrors = errors(answerForm, "answerForm");
        Optional<QuestionId> answering = Optional.empty();
        MatchmakingForm matchmakingForm = new MatchmakingForm();
        Errors matchmakingErrors = errors(matchmakingForm, "matchmakingForm");
        boolean fragment;
        final Errors publishErrors;

        Builder(AnnouncementView view, @Nullable CurrentUser user, Locale locale) {
            this.view = view;
            this.user = user;
            this.locale = locale;
            this.publishErrors = new BeanPropertyBindingResult(view, "publish");
        }

        AnnouncementPage build() {
            List<String> codes = view.facts().cpvCodes().stream()
                    .map(code -> cpv.find(code)
                            .map(entry -> code.value() + " " + entry.label(locale))
                            .orElse(code.value()))
                    .toList();
            String region = nuts.find(view.facts().nutsCode())
                    .map(NutsRegion::name)
                    .orElse(view.facts().nutsCode().value());
            return new AnnouncementPage(
                    view,
                    codes,
                    region,
                    queries.questions(view.id(), user),
                    queries.inputs(view.id(), user),
                    queries.registrations(view.id(), user),
                    queries.reach(view.id(), user),
                    questionForm,
                    questionErrors,
                    inputForm,
                    inputErrors,
                    registrationForm,
                    registrationErrors,
                    answerForm,
                    answerErrors,
                    answering,
                    publishErrors,
                    queries.matchmaking(view.id(), user),
                    matchmakingForm,
                    matchmakingErrors,
                    attachments.announcementFiles(view.id(), user),
                    attachments.inputFiles(view.id(), user),
                    conferences.conference(view.id(), user),
                    drafts.forAnnouncement(view.id(), user),
                    MeetingPages.section(meetings, view.id(), user),
                    fragment);
        }
    }

    private Builder builder(AnnouncementId id, @Nullable CurrentUser user, Locale locale) {
        return new Builder(queries.announcement(id, user), user, locale);
    }

    private static String page(Model model, Builder builder) {
        model.addAttribute("page", builder.build());
        return AnnouncementPage.TEMPLATE;
    }

    private static String form(Model model, AnnouncementFormPage page) {
        model.addAttribute("page", page);
        return AnnouncementFormPage.TEMPLATE;
    }

    private List<NutsRegion> regions() {
        return nuts.counties();
    }

    private static boolean stepReached(ProjectDetails project) {
        return project.currentStep().number() >= RoadmapStep.MARKET_DIALOGUE.number();
    }

    private static Errors errors(Object form, String name) {
        return new BeanPropertyBindingResult(form, name);
    }

    private static BindingResult sorted(BindingResult errors) {
        BindingResult sorted = new BeanPropertyBindingResult(errors.getTarget(), errors.getObjectName());
        errors.getFieldErrors().stream()
                .sorted(java.util.Comparator.comparingInt(error -> {
                    int index = AnnouncementForm.FIELDS.indexOf(error.getField());
                    return index < 0 ? AnnouncementForm.FIELDS.size() : index;
                }))
                .forEach(sorted::addError);
        errors.getGlobalErrors().forEach(sorted::addError);
        return sorted;
    }

    private static <T> T required(@Nullable T value, String name) throws MissingServletRequestParameterException {
        if (value == null) {
            throw new MissingServletRequestParameterException(name, "String");
        }
        return value;
    }
}
