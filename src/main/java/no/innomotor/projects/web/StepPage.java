package no.innomotor.projects.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Optional;
import no.innomotor.projects.StepDetails;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;

/**
 * Everything the step page (projects/step.jte) shows: the step, its three forms with their errors, a notes conflict,
 * the reason a completion was refused, and for htmx the checklist fragment with the item to keep focus on.
 */
public record StepPage(
        StepDetails step,
        StepNotesForm notesForm,
        Errors notesErrors,
        Optional<NotesConflict> conflict,
        ChecklistItemForm itemForm,
        Errors itemErrors,
        Errors uploadErrors,
        Optional<GateRefusal> gateRefusal,
        boolean fragment,
        Optional<String> focusItem) {

    static final String TEMPLATE = "projects/step";

    /** Why the gate refused to complete the step; carried to the step page as a flash attribute. */
    public record GateRefusal(String messageKey, Object[] arguments) implements Serializable {
        static final String FLASH = "gateRefusal";
    }

    /** The whole page as saved, with empty forms for a new item and an upload. */
    static StepPage of(StepDetails step) {
        StepNotesForm notes = StepNotesForm.of(step);
        ChecklistItemForm item = new ChecklistItemForm();
        return new StepPage(
                step,
                notes,
                new BeanPropertyBindingResult(notes, "notesForm"),
                Optional.empty(),
                item,
                new BeanPropertyBindingResult(item, "itemForm"),
                new MapBindingResult(new HashMap<>(), "upload"),
                Optional.empty(),
                false,
                Optional.empty());
    }

    /** The notes form as the person typed it, with its errors. */
    StepPage withNotes(StepNotesForm typed, Errors errors) {
        return new StepPage(
                step, typed, errors, conflict, itemForm, itemErrors, uploadErrors, gateRefusal, fragment, focusItem);
    }

    /** Someone else saved the notes first: what the person typed, beside what is saved now. */
    StepPage withConflict(StepNotesForm typed, NotesConflict saved) {
        return new StepPage(
                step,
                typed,
                new BeanPropertyBindingResult(typed, "notesForm"),
                Optional.of(saved),
                itemForm,
                itemErrors,
                uploadErrors,
                gateRefusal,
                fragment,
                focusItem);
    }

    /** The new-item form as the person typed it, with its errors. */
    StepPage withItem(ChecklistItemForm typed, Errors errors) {
        return new StepPage(
                step, notesForm, notesErrors, conflict, typed, errors, uploadErrors, gateRefusal, fragment, focusItem);
    }

    /** An upload refused, the reason shown next to the file field. */
    StepPage withUploadError(String messageKey, Object[] arguments) {
        Errors errors = new MapBindingResult(new HashMap<>(), "upload");
        errors.rejectValue("file", messageKey, arguments, null);
        return new StepPage(
                step, notesForm, notesErrors, conflict, itemForm, itemErrors, errors, gateRefusal, fragment, focusItem);
    }

    StepPage withGateRefusal(Optional<GateRefusal> refusal) {
        return new StepPage(
                step,
                notesForm,
                notesErrors,
                conflict,
                itemForm,
                itemErrors,
                uploadErrors,
                refusal,
                fragment,
                focusItem);
    }

    /** For htmx: the checklist and the gate only, keeping focus on the item just ticked, if any. */
    StepPage asFragment(Optional<String> focus) {
        return new StepPage(
                step, notesForm, notesErrors, conflict, itemForm, itemErrors, uploadErrors, gateRefusal, true, focus);
    }

    /** The errors the page's error summary lists: the first form that has any. */
    public Errors formErrors() {
        return notesErrors.hasErrors() ? notesErrors : itemErrors.hasErrors() ? itemErrors : uploadErrors;
    }
}
