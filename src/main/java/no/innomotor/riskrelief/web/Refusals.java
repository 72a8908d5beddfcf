package no.innomotor.riskrelief.web;

import no.innomotor.riskrelief.RiskReliefExceptions;
import no.innomotor.shared.DomainException;
import org.springframework.validation.Errors;

/** A refusal of the service shown beside its field when the form has it, else above the form. */
final class Refusals {

    private Refusals() {}

    static void show(DomainException refused, Errors errors) {
        String field = refused instanceof RiskReliefExceptions.Refused r ? r.field() : "";
        if (!field.isEmpty() && hasField(errors, field)) {
            errors.rejectValue(field, refused.messageKey(), refused.arguments(), null);
        } else {
            errors.reject(refused.messageKey(), refused.arguments(), null);
        }
    }

    private static boolean hasField(Errors errors, String field) {
        try {
            errors.getFieldValue(field);
            return true;
        } catch (RuntimeException notAField) {
            return false;
        }
    }
}
