package no.innomotor.organisations.web;

import no.innomotor.organisations.OrganisationOverview;
import org.springframework.validation.Errors;

/**
 * An organisation's page (organisations/organisation.jte): the organisation with its people, its county's name
 * (empty when it has none), and the invitation form with its errors.
 */
public record OrganisationPage(OrganisationOverview overview, String county, InviteForm inviteForm, Errors errors) {

    static final String TEMPLATE = "organisations/organisation";
}
