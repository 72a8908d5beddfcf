package no.innomotor.notices;

import no.innomotor.organisations.OrganisationType;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.organisations.RegisterOrganisation;
import no.innomotor.shared.OrgNumber;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.TestData;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Real people with real memberships for web tests, loaded the way sign-in loads them. */
final class WebUsers {

    private WebUsers() {}

    static UserDetails person(
            OrganisationsManagement organisations, UserDetailsService users, OrganisationType type, Role role) {
        OrganisationId org = organisations
                .register(
                        new RegisterOrganisation(
                                new OrgNumber(TestData.orgNumber()), "Testorganisasjon " + role, type, "NO081", null),
                        null)
                .id();
        if (type.needsApproval()) {
            organisations.approve(org, null);
        }
        PersonSummary person = organisations.createPerson(
                TestData.email(role.name().toLowerCase()), "Test " + role, "secret-password-123", null);
        organisations.grantRole(person.id(), org, role, null);
        return users.loadUserByUsername(person.email());
    }
}
