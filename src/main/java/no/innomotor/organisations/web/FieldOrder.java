package no.innomotor.organisations.web;

import java.util.Comparator;
import java.util.List;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Puts a form's errors in the order its fields appear, so the error summary reads top to bottom like the form
 * (Bean Validation reports in no particular order, and checks made afterwards come last).
 */
final class FieldOrder {

    private FieldOrder() {}

    static BindingResult sorted(BindingResult errors, List<String> fields) {
        Object target = errors.getTarget();
        BindingResult sorted = new BeanPropertyBindingResult(target, errors.getObjectName());
        errors.getFieldErrors().stream()
                .sorted(Comparator.comparingInt((FieldError error) -> position(fields, error.getField())))
                .forEach(sorted::addError);
        errors.getGlobalErrors().forEach(sorted::addError);
        return sorted;
    }

    private static int position(List<String> fields, String field) {
        int index = fields.indexOf(field);
        return index < 0 ? fields.size() : index;
    }
}
