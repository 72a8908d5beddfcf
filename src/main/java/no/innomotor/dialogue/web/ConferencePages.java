package no.innomotor.dialogue.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Comparator;
import no.innomotor.dialogue.AnnouncementId;
import no.innomotor.dialogue.AnnouncementInputRejected;
import no.innomotor.dialogue.AnnouncementView;
import no.innomotor.dialogue.ConferenceManagement;
import no.innomotor.dialogue.ConferencePlan;
import no.innomotor.dialogue.ConferenceView;
import no.innomotor.dialogue.DialogueManagement;
import no.innomotor.dialogue.DialogueQueries;
import no.innomotor.dialogue.SeatStatus;
import no.innomotor.shared.DomainException;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The dialogue conference's pages: the conference page (plan, agenda, free places; a supplier's registration; the
 * material and minutes for those registered for the dialogue; the team's participant list), and the team's setup
 * form. Every command checks the person's right before it reads the form.
 */
@Controller
class ConferencePages {

    private final ConferenceManagement conferences;
    private final DialogueManagement dialogue;
    private final DialogueQueries queries;

    ConferencePages(ConferenceManagement conferences, DialogueManagement dialogue, DialogueQueries queries) {
        this.conferences = conferences;
        this.dialogue = dialogue;
        this.queries = queries;
    }

    @GetMapping("/announcements/{id}/conference")
    String show(
            @AuthenticationPrincipal @Nullable CurrentUser user,
            @PathVariable AnnouncementId id,
            @RequestParam(name = "upload", required = false) @Nullable String upload,
            Model model) {
        Parts parts = new Parts(id, user);
        parts.materialErrors = TooLarge.errors(new FilesForm(), "filesForm", upload);
        return page(model, parts);
    }

    @GetMapping("/announcements/{id}/conference/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable AnnouncementId id, Model model) {
        dialogue.authoriseTeam(id, user);
        AnnouncementView announcement = queries.announcement(id, user);
        ConferenceForm form = conferences
                .conference(id, user)
                .map(c -> ConferenceForm.of(c.plan(), c.version()))
                .orElseGet(() -> ConferenceForm.start(announcement.facts().conferenceDate()));
        return form(model, new ConferenceFormPage(announcement, form, errors(form, "conferenceForm"), false));
    }

    @PostMapping("/announcements/{id}/conference")
    String schedule(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable AnnouncementId id,
            @Valid @ModelAttribute("conferenceForm") ConferenceForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        dialogue.authoriseTeam(id, user);
        ConferencePlan plan = form.plan(errors);
        if (plan != null) {
            try {
                conferences.schedule(id, plan, form.getVersion(), user);
                redirect.addFlashAttribute("flash", "dialogue.conference.flash.scheduled");
                return "redirect:/announcements/" + id + "/conference";
            } catch (AnnouncementInputRejected rejected) {
                errors.rejectValue(rejected.field(), rejected.messageKey());
            } catch (DomainException.Conflict conflict) {
                form.setVersion(conferences
                        .conference(id, user)
                        .map(ConferenceView::version)
                        .orElse(null));
                response.setStatus(HttpStatus.CONFLICT.value());
                errors.reject(conflict.messageKey());
                return form(model, new ConferenceFormPage(queries.announcement(id, user), form, errors, true));
            } catch (DomainException.RuleBroken broken) {
                errors.reject(broken.messageKey());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(model, new ConferenceFormPage(queries.announcement(id, user), form, sorted(errors), false));
    }

    @PostMapping("/announcements/{id}/conference/registration")
    String register(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable AnnouncementId id,
            @Valid @ModelAttribute("registrationForm") RegistrationForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        dialogue.authoriseSupplier(id, user);
        if (!errors.hasErrors()) {
            try {
                SeatStatus status = conferences.register(id, form.toParticipants(), user);
                redirect.addFlashAttribute(
                        "flash",
                        status == SeatStatus.CONFIRMED
                                ? "dialogue.conference.flash.registered"
                                : "dialogue.conference.flash.waiting");
                return "redirect:/announcements/" + id + "/conference";
            } catch (DomainException.RuleBroken | DomainException.Conflict refused) {
                errors.rejectValue("participants", refused.messageKey());
            }
        }
        Parts parts = new Parts(id, user);
        parts.registrationForm = form;
        parts.registrationErrors = errors;
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, parts);
    }

    @PostMapping("/announcements/{id}/conference/registration/cancel")
    String cancel(
            @AuthenticationPrincipal CurrentUser user, @PathVariable AnnouncementId id, RedirectAttributes redirect) {
        dialogue.authoriseSupplier(id, user);
        conferences.cancel(id, user);
        redirect.addFlashAttribute("flash", "dialogue.conference.flash.cancelled");
        return "redirect:/announcements/" + id + "/conference";
    }

    @PostMapping("/announcements/{id}/conference/material")
    String material(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable AnnouncementId id,
            @ModelAttribute("filesForm") FilesForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        dialogue.authoriseTeam(id, user);
        try {
            conferences.publishMaterial(id, Uploads.of(form.getFiles()), user);
            redirect.addFlashAttribute("flash", "dialogue.conference.flash.material");
            return "redirect:/announcements/" + id + "/conference#material";
        } catch (UploadRejected rejected) {
            errors.rejectValue("files", rejected.messageKey(), rejected.arguments(), null);
        } catch (AnnouncementInputRejected rejected) {
            errors.rejectValue("files", rejected.messageKey());
        }
        Parts parts = new Parts(id, user);
        parts.materialErrors = errors;
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, parts);
    }

    @PostMapping("/announcements/{id}/conference/minutes")
    String minutes(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable AnnouncementId id,
            @Valid @ModelAttribute("minutesForm") TextForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        dialogue.authoriseTeam(id, user);
        if (!errors.hasErrors()) {
            try {
                conferences.publishMinutes(id, form.getText(), user);
                redirect.addFlashAttribute("flash", "dialogue.conference.flash.minutes");
                return "redirect:/announcements/" + id + "/conference#minutes";
            } catch (AnnouncementInputRejected rejected) {
                errors.rejectValue("text", rejected.messageKey());
            }
        }
        Parts parts = new Parts(id, user);
        parts.minutesForm = form;
        parts.minutesErrors = errors;
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, parts);
    }

    /** The conference page's parts, with empty forms that a handler replaces by the one it re-shows. */
    private final class Parts {
        final AnnouncementView announcement;
        final java.util.Optional<ConferenceView> conference;
        RegistrationForm registrationForm = new RegistrationForm();
        Errors registrationErrors = errors(registrationForm, "registrationForm");
        Errors materialErrors = errors(new FilesForm(), "filesForm");
        TextForm minutesForm = new TextForm();
        Errors minutesErrors = errors(minutesForm, "minutesForm");

        Parts(AnnouncementId id, @Nullable CurrentUser user) {
            this.announcement = queries.announcement(id, user);
            this.conference = conferences.conference(id, user);
        }

        ConferencePage build() {
            if (minutesForm.getText() == null) {
                conference.flatMap(ConferenceView::minutes).ifPresent(minutesForm::setText);
            }
            return new ConferencePage(
                    announcement,
                    conference,
                    registrationForm,
                    registrationErrors,
                    materialErrors,
                    minutesForm,
                    minutesErrors);
        }
    }

    private static String page(Model model, Parts parts) {
        model.addAttribute("page", parts.build());
        return ConferencePage.TEMPLATE;
    }

    private static String form(Model model, ConferenceFormPage page) {
        model.addAttribute("page", page);
        return ConferenceFormPage.TEMPLATE;
    }

    private static Errors errors(Object form, String name) {
        return new BeanPropertyBindingResult(form, name);
    }

    private static BindingResult sorted(BindingResult errors) {
        BindingResult sorted = new BeanPropertyBindingResult(errors.getTarget(), errors.getObjectName());
        errors.getFieldErrors().stream()
                .sorted(Comparator.comparingInt(error -> {
                    int index = ConferenceForm.FIELDS.indexOf(error.getField());
                    return index < 0 ? ConferenceForm.FIELDS.size() : index;
                }))
                .forEach(sorted::addError);
        errors.getGlobalErrors().forEach(sorted::addError);
        return sorted;
    }
}
