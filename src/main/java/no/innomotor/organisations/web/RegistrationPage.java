package no.innomotor.organisations.web;

import java.util.List;
import no.innomotor.notices.NutsRegion;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.shared.security.Role;
import org.springframework.validation.Errors;

/**
 * Registering an organisation and its first person (organisations/register.jte): the form with its errors, and what
 * may be chosen: the organisation types that register themselves, the roles those types hold, and the counties.
 */
public record RegistrationPage(
        RegistrationForm form,
        Errors errors,
        List<OrganisationType> types,
        List<Role> roles,
        List<NutsRegion> regions) {

    static final String TEMPLATE = "organisations/register";
}
