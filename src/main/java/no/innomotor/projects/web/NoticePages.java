package no.innomotor.projects.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.innomotor.notices.MarketConsultationCheck;
import no.innomotor.notices.MarketConsultationIncomplete;
import no.innomotor.notices.MarketConsultationNotice;
import no.innomotor.notices.NutsCatalogue;
import no.innomotor.projects.ConsultationNoticeChanged;
import no.innomotor.projects.ConsultationNoticeDetails;
import no.innomotor.projects.ConsultationNoticeManagement;
import no.innomotor.projects.ConsultationNoticeView;
import no.innomotor.projects.NoticeExportNotAllowed;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectInputRejected;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The market-consultation notice of a project: the notice data, the checklist of what the chosen eForms notice still
 * lacks, and the download. Saving is enhanced with htmx (the form and checklist are swapped in place) and works as a
 * plain form; the download is always a plain form post.
 */
@Controller
@RequestMapping("/projects/{id}/notice")
class NoticePages {

    static final String TEMPLATE = "projects/notice";

    private final ConsultationNoticeManagement notices;
    private final NutsCatalogue nuts;
    private final CpvChoices cpv;
    private final Clock clock;

    NoticePages(ConsultationNoticeManagement notices, NutsCatalogue nuts, CpvChoices cpv, Clock clock) {
        this.notices = notices;
        this.nuts = nuts;
        this.cpv = cpv;
        this.clock = clock;
    }

    /** Surrounding spaces are dropped and empty fields are missing values. */
    @InitBinder("noticeForm")
    void trimmed(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable ProjectId id, Model model, Locale locale) {
        ConsultationNoticeView view = notices.view(id, user);
        ConsultationNoticeForm form = ConsultationNoticeForm.of(view);
        return page(model, view, form, new BeanPropertyBindingResult(form, "noticeForm"), locale);
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @Valid @ModelAttribute("noticeForm") ConsultationNoticeForm form,
            BindingResult errors,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        LocalDate today = LocalDate.now(clock.withZone(NorwegianTime.ZONE));
        ConsultationNoticeDetails details = form.details(errors, today);
        if (details != null) {
            try {
                notices.save(id, details, form.getVersion(), user);
                if (htmx != null) {
                    ConsultationNoticeView saved = notices.view(id, user);
                    ConsultationNoticeForm fresh = ConsultationNoticeForm.of(saved);
                    page(model, saved, fresh, new BeanPropertyBindingResult(fresh, "noticeForm"), locale);
                    model.addAttribute("fragment", true);
                    model.addAttribute("saved", true);
                    return TEMPLATE;
                }
                redirect.addFlashAttribute("flash", "projects.notice.flash.saved");
                return "redirect:/projects/" + id + "/notice";
            } catch (ProjectInputRejected rejected) {
                errors.rejectValue(rejected.field(), rejected.messageKey(), rejected.arguments(), null);
            } catch (ConsultationNoticeChanged
                    | OptimisticLockingFailureException
                    | DataIntegrityViolationException conflict) {
                return conflict(model, notices.view(id, user), form, details, htmx != null, locale, response);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        page(model, notices.view(id, user), form, errors, locale);
        model.addAttribute("fragment", htmx != null);
        return TEMPLATE;
    }

    /**
     * Someone else saved first: 409, the form keeps what this person typed, the saved values that differ are shown
     * beside it, and the form now carries the current version, so saving again is a deliberate choice.
     */
    private String conflict(
            Model model,
            ConsultationNoticeView current,
            ConsultationNoticeForm typed,
            ConsultationNoticeDetails typedDetails,
            boolean htmx,
            Locale locale,
            HttpServletResponse response) {
        typed.setVersion(current.version());
        response.setStatus(HttpStatus.CONFLICT.value());
        page(model, current, typed, new BeanPropertyBindingResult(typed, "noticeForm"), locale);
        model.addAttribute("conflict", NoticeConflict.between(typedDetails, current.details()));
        model.addAttribute("fragment", htmx);
        return TEMPLATE;
    }

    @PostMapping("/export")
    Object export(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        try {
            MarketConsultationNotice notice = notices.export(id, user);
            return ResponseEntity.ok()
                    .contentType(new MediaType(
                            MediaType.parseMediaType(MarketConsultationNotice.contentType()), StandardCharsets.UTF_8))
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment()
                                    .filename(notice.fileName(), StandardCharsets.UTF_8)
                                    .build()
                                    .toString())
                    .header("X-Content-Type-Options", "nosniff")
                    .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                    .body(notice.xml());
        } catch (MarketConsultationIncomplete incomplete) {
            return refused(
                    model,
                    notices.view(id, user),
                    incomplete.checklist(),
                    incomplete.messageKey(),
                    incomplete.arguments(),
                    locale,
                    response);
        } catch (NoticeExportNotAllowed blocked) {
            ConsultationNoticeView view = notices.view(id, user);
            return refused(
                    model,
                    view,
                    view.checklist(),
                    blocked.messageKey(),
                    new Object[] {view.project().currentStep().number()},
                    locale,
                    response);
        }
    }

    /** The page with the reason the download was refused, and the checklist the export ran. */
    private String refused(
            Model model,
            ConsultationNoticeView view,
            List<MarketConsultationCheck.Item> checklist,
            String messageKey,
            Object[] arguments,
            Locale locale,
            HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        ConsultationNoticeForm form = ConsultationNoticeForm.of(view);
        page(model, view, form, new BeanPropertyBindingResult(form, "noticeForm"), locale);
        model.addAttribute("checklist", NoticeChecklist.entries(view, checklist));
        model.addAttribute("exportError", messageKey);
        model.addAttribute("exportErrorArgs", arguments);
        return TEMPLATE;
    }

    private String page(
            Model model, ConsultationNoticeView view, ConsultationNoticeForm form, Errors errors, Locale locale) {
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("checklist", NoticeChecklist.entries(view, view.checklist()));
        model.addAttribute("regions", nuts.counties());
        model.addAttribute(
                "region", nuts.find(view.project().nutsCode().value()).orElse(null));
        model.addAttribute("cpvChoices", cpv.describe(view.cpvCodes(), locale));
        model.addAttribute("conflict", null);
        model.addAttribute("exportError", null);
        model.addAttribute("exportErrorArgs", new Object[0]);
        model.addAttribute("fragment", false);
        model.addAttribute("saved", false);
        return TEMPLATE;
    }
}
