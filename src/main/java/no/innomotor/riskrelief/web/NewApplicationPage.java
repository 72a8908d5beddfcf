package no.innomotor.riskrelief.web;

import no.innomotor.riskrelief.NewApplication;
import org.springframework.validation.Errors;

/** The new application's form (riskrelief/newApplication.jte): the project's facts read-only, what the applicant types. */
public record NewApplicationPage(NewApplication start, ApplicationForm form, Errors errors) {

    static final String TEMPLATE = "riskrelief/newApplication";
}
