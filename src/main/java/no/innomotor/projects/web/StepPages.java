package no.innomotor.projects.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import no.innomotor.projects.ChecklistItemId;
import no.innomotor.projects.DocumentFile;
import no.innomotor.projects.DocumentId;
import no.innomotor.projects.DocumentRejected;
import no.innomotor.projects.ProjectAction;
import no.innomotor.projects.ProjectDocuments;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectQueries;
import no.innomotor.projects.ProjectsManagement;
import no.innomotor.projects.StepChangedConcurrently;
import no.innomotor.projects.StepDetails;
import no.innomotor.projects.StepGateNotMet;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.RoadmapStep;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
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
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A roadmap step: its checklist (ticking items is enhanced with htmx, and works as plain forms), notes and due date
 * with conflict detection, documents, and the gate that completes the step.
 */
@Controller
@RequestMapping("/projects/{id}")
class StepPages {

    private final ProjectsManagement projects;
    private final ProjectQueries queries;
    private final ProjectDocuments documents;
    private final Clock clock;

    StepPages(ProjectsManagement projects, ProjectQueries queries, ProjectDocuments documents, Clock clock) {
        this.projects = projects;
        this.queries = queries;
        this.documents = documents;
        this.clock = clock;
    }

    @GetMapping("/steps/{number}")
    String step(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @PathVariable("number") RoadmapStep roadmapStep,
            @RequestParam(name = "upload", required = false) @Nullable String upload,
            Model model) {
        StepDetails step = queries.step(id, roadmapStep, user);
        page(model, step, StepNotesForm.of(step), null, null);
        if (UploadLimit.TOO_LARGE.equals(upload)) {
            model.addAttribute("uploadErrors", uploadError("projects.document.error.tooLarge", new Object[] {10}));
        }
        return "projects/step";
    }

    // ---- the checklist ----

    @PostMapping("/steps/{number}/items/{item}")
    String setDone(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @PathVariable("number") RoadmapStep roadmapStep,
            @PathVariable ChecklistItemId item,
            @RequestParam(required = false) @Nullable Boolean done,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model,
            RedirectAttributes redirect)
            throws MissingServletRequestParameterException {
        projects.authorise(id, ProjectAction.CHANGE, user);
        projects.setItemDone(id, roadmapStep, item, RequiredParameter.of(done, "done", "boolean"), user);
        if (htmx != null) {
            StepDetails step = queries.step(id, roadmapStep, user);
            page(model, step, StepNotesForm.of(step), null, null);
            model.addAttribute("fragment", true);
            model.addAttribute("focusItem", item.toString());
            return "projects/step";
        }
        redirect.addFlashAttribute("flash", done ? "projects.flash.itemDone" : "projects.flash.itemUndone");
        return "redirect:/projects/" + id + "/steps/" + roadmapStep.number() + "#item-" + item;
    }

    @PostMapping("/steps/{number}/items")
    String addItem(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @PathVariable("number") RoadmapStep roadmapStep,
            @Valid @ModelAttribute("itemForm") ChecklistItemForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        projects.authorise(id, ProjectAction.CHANGE, user);
        if (errors.hasErrors()) {
            StepDetails step = queries.step(id, roadmapStep, user);
            page(model, step, StepNotesForm.of(step), null, null);
            model.addAttribute("itemForm", form);
            model.addAttribute("itemErrors", errors);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "projects/step";
        }
        ChecklistItemId added =
                projects.addItem(id, roadmapStep, java.util.Objects.requireNonNull(form.getText()), user);
        redirect.addFlashAttribute("flash", "projects.flash.itemAdded");
        return "redirect:/projects/" + id + "/steps/" + roadmapStep.number() + "#item-" + added;
    }

    @PostMapping("/steps/{number}/items/{item}/remove")
    String removeItem(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @PathVariable("number") RoadmapStep roadmapStep,
            @PathVariable ChecklistItemId item,
            RedirectAttributes redirect) {
        projects.removeItem(id, roadmapStep, item, user);
        redirect.addFlashAttribute("flash", "projects.flash.itemRemoved");
        return "redirect:/projects/" + id + "/steps/" + roadmapStep.number() + "#checklist";
    }

    // ---- notes and due date ----

    @PostMapping("/steps/{number}/notes")
    String saveNotes(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @PathVariable("number") RoadmapStep roadmapStep,
            @Valid @ModelAttribute("notesForm") StepNotesForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        projects.authorise(id, ProjectAction.CHANGE, user);
        var dueDate = form.parsedDueDate(errors);
        if (!errors.hasErrors()) {
            try {
                projects.updateStepNotes(id, roadmapStep, form.getNotes(), dueDate, form.getVersion(), user);
                // A due date in the past is kept (a step can be late), but the person is told so.
                redirect.addFlashAttribute(
                        "flash",
                        dueDate != null && dueDate.isBefore(NorwegianTime.today(clock))
                                ? "projects.flash.notesSavedPastDue"
                                : "projects.flash.notesSaved");
                return "redirect:/projects/" + id + "/steps/" + roadmapStep.number() + "#notes";
            } catch (StepChangedConcurrently conflict) {
                return conflict(model, queries.step(id, roadmapStep, user), form, response);
            } catch (OptimisticLockingFailureException raced) {
                return conflict(model, queries.step(id, roadmapStep, user), form, response);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, queries.step(id, roadmapStep, user), form, errors, null);
    }

    /**
     * Someone else saved first: 409, the form keeps what this person typed, the saved values are shown beside it,
     * and the form now carries the current version, so saving again is a deliberate choice.
     */
    private String conflict(Model model, StepDetails current, StepNotesForm typed, HttpServletResponse response) {
        typed.setVersion(current.version());
        response.setStatus(HttpStatus.CONFLICT.value());
        return page(model, current, typed, null, new NotesConflict(current.notes(), current.dueDate()));
    }

    // ---- documents ----

    @PostMapping("/steps/{number}/documents")
    String upload(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @PathVariable("number") RoadmapStep roadmapStep,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        try {
            byte[] content = file == null ? new byte[0] : file.getBytes();
            String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            documents.upload(id, roadmapStep, name, content, user);
            redirect.addFlashAttribute("flash", "projects.flash.uploaded");
            return "redirect:/projects/" + id + "/steps/" + roadmapStep.number() + "#documents";
        } catch (DocumentRejected rejected) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return uploadRefused(
                    model, queries.step(id, roadmapStep, user), rejected.messageKey(), rejected.arguments());
        }
    }

    /** The step page with an upload error next to the file field. */
    private String uploadRefused(Model model, StepDetails step, String messageKey, Object[] arguments) {
        page(model, step, StepNotesForm.of(step), null, null);
        model.addAttribute("uploadErrors", uploadError(messageKey, arguments));
        return "projects/step";
    }

    private static Errors uploadError(String messageKey, Object[] arguments) {
        Errors uploadErrors = new MapBindingResult(new HashMap<>(), "upload");
        uploadErrors.rejectValue("file", messageKey, arguments, null);
        return uploadErrors;
    }

    @GetMapping("/documents/{document}")
    ResponseEntity<byte[]> download(
            @AuthenticationPrincipal CurrentUser user, @PathVariable ProjectId id, @PathVariable DocumentId document) {
        DocumentFile file = documents.document(id, document, user);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.content());
    }

    // ---- the gate ----

    /**
     * Completes the step. A refused completion goes back to the step page (post, redirect, get) with the reason as a
     * flash, so reloading the page that shows it never posts again.
     */
    @PostMapping("/steps/{number}/complete")
    String complete(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @PathVariable("number") RoadmapStep roadmapStep,
            RedirectAttributes redirect) {
        try {
            projects.completeStep(id, roadmapStep, user);
        } catch (StepGateNotMet closed) {
            redirect.addFlashAttribute("gateError", closed.messageKey());
            redirect.addFlashAttribute("gateErrorArgs", closed.arguments());
            return "redirect:/projects/" + id + "/steps/" + roadmapStep.number() + "#gate-error";
        }
        redirect.addFlashAttribute("flash", "projects.flash.stepCompleted");
        return roadmapStep.number() == RoadmapStep.LAST
                ? "redirect:/projects/" + id
                : "redirect:/projects/" + id + "/steps/" + (roadmapStep.number() + 1);
    }

    private String page(
            Model model,
            StepDetails step,
            StepNotesForm notes,
            @Nullable Errors notesErrors,
            @Nullable NotesConflict conflict) {
        ChecklistItemForm itemForm = new ChecklistItemForm();
        model.addAttribute("step", step);
        model.addAttribute("notesForm", notes);
        model.addAttribute(
                "notesErrors", notesErrors == null ? new BeanPropertyBindingResult(notes, "notesForm") : notesErrors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("itemForm", itemForm);
        model.addAttribute("itemErrors", new BeanPropertyBindingResult(itemForm, "itemForm"));
        model.addAttribute("uploadErrors", new MapBindingResult(new HashMap<>(), "upload"));
        model.addAttribute("fragment", false);
        model.addAttribute("focusItem", null);
        if (!model.containsAttribute("gateError")) {
            // a refused completion redirects here with its reason as flash attributes
            model.addAttribute("gateError", null);
            model.addAttribute("gateErrorArgs", new Object[0]);
        }
        return "projects/step";
    }
}
