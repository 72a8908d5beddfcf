package no.innomotor.benefits.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import no.innomotor.benefits.BenefitDetails;
import no.innomotor.benefits.BenefitId;
import no.innomotor.benefits.BenefitPlanView;
import no.innomotor.benefits.BenefitQueries;
import no.innomotor.benefits.BenefitView;
import no.innomotor.benefits.BenefitsExceptions.BenefitChangedConcurrently;
import no.innomotor.benefits.BenefitsExceptions.BenefitNotFound;
import no.innomotor.benefits.BenefitsExceptions.BenefitRejected;
import no.innomotor.benefits.BenefitsExceptions.MeasurementsRefused;
import no.innomotor.benefits.BenefitsManagement;
import no.innomotor.benefits.MeasurementCsv;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The benefit plan pages of a project: the overview with the benefit map (read by the project's readers), a benefit's
 * page with its chart and measurements, and the team's forms — add or edit a benefit, record a measurement, upload a
 * file of measurements, confirm the plan, and opt in to the public showcase. Every command checks the person's right
 * before it reads the form.
 */
@Controller
class BenefitPages {

    static final long MAX_UPLOAD_BYTES = 1_000_000;

    private final BenefitsManagement benefits;
    private final BenefitQueries queries;
    private final BenefitPlanPdf pdfs;

    BenefitPages(BenefitsManagement benefits, BenefitQueries queries, BenefitPlanPdf pdfs) {
        this.benefits = benefits;
        this.queries = queries;
        this.pdfs = pdfs;
    }

    /** The benefit realisation plan as a PDF, for the plan's readers. */
    @GetMapping("/projects/{id}/benefits/plan.pdf")
    ResponseEntity<byte[]> pdf(
            @AuthenticationPrincipal CurrentUser user, @PathVariable ProjectId id, java.util.Locale locale) {
        byte[] pdf = pdfs.of(queries.plan(id, user), locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("gevinstplan-" + id + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    // ---- the plan ----

    @GetMapping("/projects/{id}/benefits")
    String overview(@AuthenticationPrincipal CurrentUser user, @PathVariable ProjectId id, Model model) {
        return overview(model, queries.plan(id, user), List.of(), false, null, null);
    }

    @PostMapping("/projects/{id}/benefits/measurements")
    String upload(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        benefits.authoriseKeeper(id, user);
        List<MeasurementCsv.RowError> errors;
        if (file == null || file.isEmpty()) {
            errors = List.of(new MeasurementCsv.RowError(1, "", "benefits.csv.error.noFile", List.of()));
        } else if (file.getSize() > MAX_UPLOAD_BYTES) {
            errors = List.of(new MeasurementCsv.RowError(1, "", "benefits.csv.error.tooLarge", List.of()));
        } else {
            try {
                int count = benefits.importMeasurements(id, text(file.getBytes()), user);
                redirect.addFlashAttribute("flash", "benefits.flash.imported");
                redirect.addFlashAttribute("flashCount", count);
                return "redirect:/projects/" + id + "/benefits";
            } catch (MeasurementsRefused refused) {
                errors = refused.errors();
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return overview(model, queries.plan(id, user), errors, true, null, null);
    }

    @PostMapping("/projects/{id}/benefits/showcase")
    String showcase(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @Valid @ModelAttribute("showcaseForm") ShowcaseForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        benefits.authoriseKeeper(id, user);
        if (!errors.hasErrors()) {
            try {
                benefits.showcase(id, form.isShow(), BenefitForm.text(form.getStory()), user);
                redirect.addFlashAttribute(
                        "flash", form.isShow() ? "benefits.flash.showcased" : "benefits.flash.hidden");
                return "redirect:/projects/" + id + "/benefits#showcase";
            } catch (BenefitRejected rejected) {
                errors.rejectValue(rejected.field(), rejected.messageKey());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return overview(model, queries.plan(id, user), List.of(), false, form, errors);
    }

    @PostMapping("/projects/{id}/benefits/confirm")
    String confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable ProjectId id, RedirectAttributes redirect) {
        benefits.confirm(id, user);
        redirect.addFlashAttribute("flash", "benefits.flash.confirmed");
        return "redirect:/projects/" + id + "/benefits";
    }

    // ---- adding and editing a benefit ----

    @GetMapping("/projects/{id}/benefits/new")
    String create(@AuthenticationPrincipal CurrentUser user, @PathVariable ProjectId id, Model model) {
        benefits.authoriseKeeper(id, user);
        BenefitForm form = new BenefitForm();
        form.setSchedule("QUARTERLY");
        form.setQuantitative(true);
        return edit(model, id, null, form, new BeanPropertyBindingResult(form, "benefitForm"), false, user);
    }

    @PostMapping("/projects/{id}/benefits")
    String add(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @Valid @ModelAttribute("benefitForm") BenefitForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        benefits.authoriseKeeper(id, user);
        BenefitDetails details = form.details(errors);
        if (details != null) {
            try {
                BenefitId added = benefits.add(id, details, user);
                redirect.addFlashAttribute("flash", "benefits.flash.added");
                return "redirect:/projects/" + id + "/benefits/" + added;
            } catch (BenefitRejected rejected) {
                errors.rejectValue(rejected.field(), rejected.messageKey());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return edit(model, id, null, form, errors, false, user);
    }

    @GetMapping("/projects/{id}/benefits/{benefitId}/edit")
    String edit(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @PathVariable BenefitId benefitId,
            Model model) {
        benefits.authoriseKeeper(id, user);
        BenefitView benefit = benefit(queries.plan(id, user), benefitId);
        BenefitForm form = BenefitForm.of(benefit);
        return edit(model, id, benefitId, form, new BeanPropertyBindingResult(form, "benefitForm"), false, user);
    }

    @PostMapping("/projects/{id}/benefits/{benefitId}")
    String change(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @PathVariable BenefitId benefitId,
            @Valid @ModelAttribute("benefitForm") BenefitForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        benefits.authoriseKeeper(id, user);
        benefit(queries.plan(id, user), benefitId);
        BenefitDetails details = form.details(errors);
        if (details != null) {
            try {
                benefits.change(id, benefitId, details, form.getVersion(), user);
                redirect.addFlashAttribute("flash", "benefits.flash.changed");
                return "redirect:/projects/" + id + "/benefits/" + benefitId;
            } catch (BenefitRejected rejected) {
                errors.rejectValue(rejected.field(), rejected.messageKey());
            } catch (BenefitChangedConcurrently conflict) {
                // What the person typed stays; the version becomes the one saved now, so saving again overwrites it.
                form.setVersion(benefit(queries.plan(id, user), benefitId).version());
                response.setStatus(HttpStatus.CONFLICT.value());
                return edit(model, id, benefitId, form, errors, true, user);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return edit(model, id, benefitId, form, errors, false, user);
    }

    // ---- one benefit and its measurements ----

    @GetMapping("/projects/{id}/benefits/{benefitId}")
    String benefit(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @PathVariable BenefitId benefitId,
            Model model) {
        MeasurementForm form = new MeasurementForm();
        return benefit(model, id, benefitId, form, new BeanPropertyBindingResult(form, "measurementForm"), user);
    }

    @PostMapping("/projects/{id}/benefits/{benefitId}/measurements")
    String measure(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @PathVariable BenefitId benefitId,
            @Valid @ModelAttribute("measurementForm") MeasurementForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        benefits.authoriseKeeper(id, user);
        benefit(queries.plan(id, user), benefitId);
        BigDecimal value = BenefitForm.number("value", form.getValue(), errors);
        LocalDate on = BenefitForm.date("measuredOn", form.getMeasuredOn(), errors);
        if (!errors.hasErrors() && value != null && on != null) {
            try {
                benefits.record(id, benefitId, value, on, BenefitForm.text(form.getComment()), user);
                redirect.addFlashAttribute("flash", "benefits.flash.measured");
                return "redirect:/projects/" + id + "/benefits/" + benefitId;
            } catch (BenefitRejected rejected) {
                errors.rejectValue(rejected.field(), rejected.messageKey());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return benefit(model, id, benefitId, form, errors, user);
    }

    // ---- building the pages ----

    private static String overview(
            Model model,
            BenefitPlanView plan,
            List<MeasurementCsv.RowError> uploadErrors,
            boolean refused,
            @Nullable ShowcaseForm showcase,
            @Nullable Errors showcaseErrors) {
        ShowcaseForm form = showcase;
        if (form == null) {
            form = new ShowcaseForm();
            form.setShow(plan.showcased());
            form.setStory(plan.story());
        }
        Errors errors = showcaseErrors == null ? new BeanPropertyBindingResult(form, "showcaseForm") : showcaseErrors;
        model.addAttribute(
                "page",
                new BenefitsOverviewPage(plan, BenefitMap.of(plan.benefits()), uploadErrors, refused, form, errors));
        return BenefitsOverviewPage.TEMPLATE;
    }

    private String benefit(
            Model model, ProjectId id, BenefitId benefitId, MeasurementForm form, Errors errors, CurrentUser user) {
        BenefitPlanView plan = queries.plan(id, user);
        BenefitView benefit = benefit(plan, benefitId);
        var measurements = queries.measurements(id, benefitId, user);
        model.addAttribute(
                "page",
                new BenefitPage(plan, benefit, measurements, IndicatorChart.of(benefit, measurements), form, errors));
        return BenefitPage.TEMPLATE;
    }

    private String edit(
            Model model,
            ProjectId id,
            @Nullable BenefitId benefitId,
            BenefitForm form,
            Errors errors,
            boolean conflict,
            CurrentUser user) {
        BenefitPlanView plan = queries.plan(id, user);
        List<Choice> owners = benefits.ownerCandidates(id, user).stream()
                .map(member -> new Choice(member.id().toString(), member.name()))
                .toList();
        List<Choice> others = plan.benefits().stream()
                .filter(b -> !b.id().equals(benefitId))
                .map(b -> new Choice(b.id().toString(), b.number() + ". " + b.title()))
                .toList();
        model.addAttribute(
                "page", new BenefitEditPage(plan.project(), benefitId, form, errors, owners, others, conflict));
        return BenefitEditPage.TEMPLATE;
    }

    private static BenefitView benefit(BenefitPlanView plan, BenefitId id) {
        return plan.benefit(id).orElseThrow(() -> new BenefitNotFound(id));
    }

    /** The file's text: UTF-8 as most tools write it, else Windows-1252 as spreadsheets in Norway often save. */
    static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }
}
