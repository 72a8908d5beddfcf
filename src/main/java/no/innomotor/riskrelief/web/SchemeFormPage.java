package no.innomotor.riskrelief.web;

import org.springframework.validation.Errors;

/** The form that makes a new scheme (riskrelief/newScheme.jte), with what was typed and its errors. */
public record SchemeFormPage(SchemeForm form, Errors errors) {

    static final String TEMPLATE = "riskrelief/newScheme";
}
