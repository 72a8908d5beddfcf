package no.innomotor.projects.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
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
import no.innomotor.projects.StepFindingsUnconfirmed;
import no.innomotor.projects.StepGateNotMet;
import no.innomotor.projects.web.StepPage.GateRefusal;
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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
        // a refused completion redirects here with its reason as a flash attribute
        Optional<GateRefusal> refusal = Optional.ofNullable((GateRefusal) model.getAttribute(GateRefusal.FLASH));
        StepPage page = StepPage.of(queries.step(id, roadmapStep, user)).withGateRefusal(refusal);
        if (UploadLimit.TOO_LARGE.equals(upload)) {
            page = page.withUploadError("projects.document.error.tooLarge", new Object[] {10});
        }
        return show(model, page);
    }

    /** For htmx (a history restore excepted, which gets the whole page): the checklist and the gate of the step. */
    @HxRequest
    @GetMapping("/steps/{number}")
    String checklist(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @PathVariable("number") RoadmapStep roadmapStep,
            Model model) {
        return show(model, StepPage.of(queries.step(id, roadmapStep, user)).asFragment(Optional.empty()));
    }

    // ---- the checklist ----

    @PostMapping("/steps/{number}/items/{item}")
    String setDone(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @PathVariable("number") RoadmapStep roadmapStep,
            @PathVariable ChecklistItemId item,
            @RequestParam(required = false) @Nullable Boolean done,
            RedirectAttributes redirect)
            throws MissingServletRequestParameterException {
        projects.authorise(id, ProjectAction.CHANGE, user);
        projects.setItemDone(id, roadmapStep, item, RequiredParameter.of(done, "done", "boolean"), user);
        redirect.addFlashAttribute("flash", done ? "projects.flash.itemDone" : "projects.flash.itemUndone");
        return "redirect:/projects/" + id + "/steps/" + roadmapStep.number() + "#item-" + item;
    }

    /** Ticking with htmx: the checklist and the gate are swapped in place, focus stays on the item. */
    @HxRequest
    @PostMapping("/steps/{number}/items/{item}")
    String setDoneInPlace(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ProjectId id,
            @PathVariable("number") RoadmapStep roadmapStep,
            @PathVariable ChecklistItemId item,
            @RequestParam(required = false) @Nullable Boolean done,
            Model model)
            throws MissingServletRequestParameterException {
        projects.authorise(id, ProjectAction.CHANGE, user);
        projects.setItemDone(id, roadmapStep, item, RequiredParameter.of(done, "done", "boolean"), user);
        return show(model, StepPage.of(queries.step(id, roadmapStep, user)).asFragment(Optional.of(item.toString())));
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
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(model, StepPage.of(queries.step(id, roadmapStep, user)).withItem(form, errors));
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
        return show(model, StepPage.of(queries.step(id, roadmapStep, user)).withNotes(form, errors));
    }

    /**
     * Someone else saved first: 409, the form keeps what this person typed, the saved values are shown beside it,
     * and the form now carries the current version, so saving again is a deliberate choice.
     */
    private String conflict(Model model, StepDetails current, StepNotesForm typed, HttpServletResponse response) {
        typed.setVersion(current.version());
        response.setStatus(HttpStatus.CONFLICT.value());
        return show(
                model, StepPage.of(current).withConflict(typed, new NotesConflict(current.notes(), current.dueDate())));
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
            // the step page with the reason next to the file field
            return show(
                    model,
                    StepPage.of(queries.step(id, roadmapStep, user))
                            .withUploadError(rejected.messageKey(), rejected.arguments()));
        }
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
            @RequestParam(defaultValue = "false") boolean confirmed,
            RedirectAttributes redirect) {
        try {
            projects.completeStep(id, roadmapStep, confirmed, user);
        } catch (StepGateNotMet closed) {
            redirect.addFlashAttribute(GateRefusal.FLASH, new GateRefusal(closed.messageKey(), closed.arguments()));
            return "redirect:/projects/" + id + "/steps/" + roadmapStep.number() + "#gate-error";
        } catch (StepFindingsUnconfirmed unconfirmed) {
            redirect.addFlashAttribute(
                    GateRefusal.FLASH, new GateRefusal(unconfirmed.messageKey(), unconfirmed.arguments()));
            return "redirect:/projects/" + id + "/steps/" + roadmapStep.number() + "#gate-error";
        }
        redirect.addFlashAttribute("flash", "projects.flash.stepCompleted");
        return roadmapStep.number() == RoadmapStep.LAST
                ? "redirect:/projects/" + id
                : "redirect:/projects/" + id + "/steps/" + (roadmapStep.number() + 1);
    }

    private static String show(Model model, StepPage page) {
        model.addAttribute("page", page);
        return StepPage.TEMPLATE;
    }
}
