package no.innomotor.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import no.innomotor.testing.SqlStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every signed-in request reads the person's name and memberships again (a role granted or an organisation approved
 * counts from the next page on, a disabled person is signed out): in one statement, whatever the number of
 * organisations and roles, and without a new authentication when nothing changed.
 */
@InnomotorTest
class SignedInRequestTests {

    @Autowired
    OrganisationFixtures fixtures;

    @Autowired
    OrganisationsManagement organisations;

    @Autowired
    PersonAuthentication authentication;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    private Authentication signedIn(PersonSummary person) {
        UserDetails details = users.loadUserByUsername(person.email());
        return UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
    }

    @Test
    void theMembershipsAreReadInOneStatementForManyOrganisationsAndRolesAndNothingChangedKeepsTheSession()
            throws Exception {
        OrganisationSummary first = fixtures.organisation(OrganisationType.MUNICIPALITY, "Østby kommune");
        OrganisationSummary second = fixtures.organisation(OrganisationType.COUNTY, "Agder fylkeskommune");
        OrganisationSummary pending = fixtures.pendingOrganisation(OrganisationType.STATE_AGENCY, "Bygg-direktoratet");
        PersonSummary person = fixtures.person("Mona Mangesyssel", first.id(), Role.BUYER, Role.TOP_LEADER);
        organisations.grantRole(person.id(), second.id(), Role.BUYER, null);
        organisations.grantRole(person.id(), pending.id(), Role.BUYER, null);
        Authentication current = signedIn(person);

        Authentication[] refreshed = new Authentication[1];
        int signIn = SqlStatements.during(() -> users.loadUserByUsername(person.email()));
        int page = SqlStatements.during(
                () -> mvc.perform(get("/about").with(fixtures.as(person))).andExpect(status().isOk()));

        // The post-processor's sign-in (person, then memberships), the refresh (one) and the header's unread count.
        assertThat(signIn).isEqualTo(2);
        assertThat(page - signIn).isEqualTo(2);
    }

    @Test
    void aRoleGrantedOrAnOrganisationApprovedCountsOnTheNextRequestAndADisabledPersonIsSignedOut() {
        OrganisationSummary org = fixtures.pendingOrganisation(OrganisationType.MUNICIPALITY, "Vestby kommune");
        PersonSummary person = fixtures.person("Vidar Venter", org.id(), Role.BUYER);
        Authentication current = signedIn(person);
        assertThat(((CurrentUser) current.getPrincipal()).hasRole(org.id(), Role.BUYER))
                .isFalse();

        organisations.approve(org.id(), null);
        Authentication approved = authentication.refreshed(current);
        assertThat(approved).isNotSameAs(current);
        assertThat(((CurrentUser) approved.getPrincipal()).hasRole(org.id(), Role.BUYER))
                .isTrue();

        organisations.grantRole(person.id(), org.id(), Role.TOP_LEADER, null);
        Authentication granted = authentication.refreshed(approved);
        assertThat(((CurrentUser) granted.getPrincipal()).hasRole(org.id(), Role.TOP_LEADER))
                .isTrue();
        assertThat(authentication.refreshed(granted)).isSameAs(granted);

        jdbc.update(
                "update person set enabled = false where id = ?", person.id().value());
        assertThat(authentication.refreshed(granted)).isNull();
    }

    @Test
    void aSignedInPageRunsTheRefreshAndTheUnreadCountAndNothingElse() throws Exception {
        OrganisationSummary org = fixtures.organisation(OrganisationType.MUNICIPALITY, "Telleby kommune");
        PersonSummary person = fixtures.person("Tore Teller", org.id(), Role.BUYER);
        mvc.perform(get("/about").with(fixtures.as(person))).andExpect(status().isOk());

        int signIn = SqlStatements.during(() -> users.loadUserByUsername(person.email()));
        int page = SqlStatements.during(
                () -> mvc.perform(get("/about").with(fixtures.as(person))).andExpect(status().isOk()));

        // The post-processor's sign-in (person, then memberships), the refresh (one) and the header's unread count.
        assertThat(signIn).isEqualTo(2);
        assertThat(page - signIn).isEqualTo(2);
    }
}
