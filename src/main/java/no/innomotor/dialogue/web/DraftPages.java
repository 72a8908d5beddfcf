package no.innomotor.dialogue.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import no.innomotor.dialogue.AnnouncementId;
import no.innomotor.dialogue.AnnouncementInputRejected;
import no.innomotor.dialogue.DialogueManagement;
import no.innomotor.dialogue.DialogueQueries;
import no.innomotor.dialogue.DraftDocuments;
import no.innomotor.dialogue.DraftFacts;
import no.innomotor.dialogue.DraftId;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Draft tender documents for comment: the team's form, a draft's page, a company's comment, the team's summary. */
@Controller
class DraftPages {

    private final DraftDocuments drafts;
    private final DialogueManagement dialogue;
    private final DialogueQueries queries;

    DraftPages(DraftDocuments drafts, DialogueManagement dialogue, DialogueQueries queries) {
        this.drafts = drafts;
        this.dialogue = dialogue;
        this.queries = queries;
    }

    @GetMapping("/announcements/{id}/drafts/new")
    String newDraft(@AuthenticationPrincipal CurrentUser user, @PathVariable AnnouncementId id, Model model) {
        dialogue.authoriseTeam(id, user);
        DraftForm form = new DraftForm();
        model.addAttribute(
                "page",
                new DraftFormPage(
                        queries.announcement(id, user), form, new BeanPropertyBindingResult(form, "draftForm")));
        return DraftFormPage.TEMPLATE;
    }

    @PostMapping("/announcements/{id}/drafts")
    String publish(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable AnnouncementId id,
            @Valid @ModelAttribute("draftForm") DraftForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        dialogue.authoriseTeam(id, user);
        DraftFacts facts = form.facts(errors);
        if (facts != null) {
            try {
                DraftId draft = drafts.publish(id, facts, Uploads.of(form.getFiles()), user);
                redirect.addFlashAttribute("flash", "dialogue.draft.flash.published");
                return "redirect:/drafts/" + draft;
            } catch (UploadRejected rejected) {
                errors.rejectValue("files", rejected.messageKey(), rejected.arguments(), null);
            } catch (AnnouncementInputRejected rejected) {
                errors.rejectValue(rejected.field(), rejected.messageKey());
            } catch (DomainException.RuleBroken | DomainException.Conflict refused) {
                errors.reject(refused.messageKey());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("page", new DraftFormPage(queries.announcement(id, user), form, errors));
        return DraftFormPage.TEMPLATE;
    }

    @GetMapping("/drafts/{draft}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable DraftId draft, Model model) {
        return page(model, draft, user, new TextForm(), null, new TextForm(), null);
    }

    @PostMapping("/drafts/{draft}/comments")
    String comment(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable DraftId draft,
            @Valid @ModelAttribute("commentForm") TextForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        drafts.authoriseSupplier(draft, user);
        if (!errors.hasErrors()) {
            try {
                drafts.comment(draft, form.getText(), user);
                redirect.addFlashAttribute("flash", "dialogue.draft.flash.commented");
                return "redirect:/drafts/" + draft + "#comments";
            } catch (DomainException.RuleBroken broken) {
                errors.rejectValue("text", broken.messageKey());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, draft, user, form, errors, new TextForm(), null);
    }

    @PostMapping("/drafts/{draft}/summary")
    String summary(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable DraftId draft,
            @Valid @ModelAttribute("summaryForm") TextForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        drafts.authoriseTeam(draft, user);
        if (!errors.hasErrors()) {
            try {
                drafts.publishSummary(draft, form.getText(), user);
                redirect.addFlashAttribute("flash", "dialogue.draft.flash.summary");
                return "redirect:/drafts/" + draft + "#summary";
            } catch (DomainException.RuleBroken | DomainException.Conflict refused) {
                errors.rejectValue("text", refused.messageKey());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, draft, user, new TextForm(), null, form, errors);
    }

    private String page(
            Model model,
            DraftId draft,
            CurrentUser user,
            TextForm commentForm,
            @Nullable Errors commentErrors,
            TextForm summaryForm,
            @Nullable Errors summaryErrors) {
        model.addAttribute(
                "page",
                new DraftPage(
                        drafts.draft(draft, user),
                        commentForm,
                        commentErrors == null
                                ? new BeanPropertyBindingResult(commentForm, "commentForm")
                                : commentErrors,
                        summaryForm,
                        summaryErrors == null
                                ? new BeanPropertyBindingResult(summaryForm, "summaryForm")
                                : summaryErrors));
        return DraftPage.TEMPLATE;
    }
}
