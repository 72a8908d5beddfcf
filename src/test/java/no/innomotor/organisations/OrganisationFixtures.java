package no.innomotor.organisations;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import no.innomotor.shared.OrgNumber;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.TestData;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Organisations and people for tests, with unique numbers and addresses. Principals are loaded through the real
 * {@link UserDetailsService}, so their memberships are what the database says.
 */
@Component
public class OrganisationFixtures {

    public static final String PASSWORD = "fixture-password-123";

    private final OrganisationsManagement organisations;
    private final UserDetailsService users;

    OrganisationFixtures(OrganisationsManagement organisations, UserDetailsService users) {
        this.organisations = organisations;
        this.users = users;
    }

    /** An approved organisation of the type. */
    public OrganisationSummary organisation(OrganisationType type, String name) {
        OrganisationSummary org = pendingOrganisation(type, name);
        organisations.approve(org.id(), null);
        return organisations.find(org.id()).orElseThrow();
    }

    /** An organisation as registered: public buyers and instrument actors wait for approval. */
    public OrganisationSummary pendingOrganisation(OrganisationType type, String name) {
        return organisations.register(
                new RegisterOrganisation(new OrgNumber(TestData.orgNumber()), name, type, "NO0A2", "Testsektor"), null);
    }

    /** A person with the roles in the organisation, password {@link #PASSWORD}. */
    public PersonSummary person(String name, OrganisationId organisation, Role... roles) {
        PersonSummary person =
                organisations.createPerson(TestData.email(name.toLowerCase().replace(' ', '.')), name, PASSWORD, null);
        for (Role role : roles) {
            organisations.grantRole(person.id(), organisation, role, null);
        }
        return person;
    }

    /** A platform administrator, in an operator organisation of their own. */
    public PersonSummary admin() {
        OrganisationSummary operator = organisation(OrganisationType.OTHER, "Driftsorganisasjon");
        return person("Anne Admin", operator.id(), Role.ADMIN);
    }

    public CurrentUser principal(PersonSummary person) {
        return (CurrentUser) users.loadUserByUsername(person.email());
    }

    /** Signs the request in as the person, with their memberships as they are now. */
    public RequestPostProcessor as(PersonSummary person) {
        return user((UserDetails) users.loadUserByUsername(person.email()));
    }
}
