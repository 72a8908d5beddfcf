package no.innomotor.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import no.innomotor.testing.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The profile page, and the signed-in person's organisation and roles in the page header. */
@InnomotorTest
class ProfilePageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationFixtures fixtures;

    @Autowired
    OrganisationsManagement organisations;

    private String page(String path, PersonSummary person, String lang) throws Exception {
        return mvc.perform(get(path).param("lang", lang).with(fixtures.as(person)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String header(String html) {
        return html.substring(html.indexOf("<header"), html.indexOf("</header>"));
    }

    @Test
    void theProfileShowsNameAddressMembershipsAndSignInMethods() throws Exception {
        OrganisationSummary approved = fixtures.organisation(OrganisationType.MUNICIPALITY, "Profilby kommune");
        OrganisationSummary pending = fixtures.pendingOrganisation(OrganisationType.COUNTY, "Ventefylke");
        PersonSummary person = fixtures.person("Pia Profil", approved.id(), Role.BUYER, Role.TOP_LEADER);
        organisations.grantRole(person.id(), pending.id(), Role.BUYER, null);

        String html = page("/profile", person, "nb");
        assertThat(html)
                .contains("<h1 class=\"ds-heading\" data-size=\"lg\">Min profil</h1>")
                .contains("<dd>Pia Profil</dd>")
                .contains("<dd>" + person.email() + "</dd>")
                .contains("href=\"/organisations/" + approved.id() + "\"")
                .contains(">Innkjøper</span>")
                .contains(">Toppleder</span>")
                .contains("href=\"/organisations/" + pending.id() + "\"")
                .contains("data-color=\"warning\" data-size=\"sm\">Venter på godkjenning</span>")
                .contains("Innloggingsmåter")
                .contains("Du kan logge inn med e-postadressen din og passordet.")
                .contains("Ingen andre innloggingstjenester er satt opp her.")
                .contains("action=\"/profile/password#change-password\"")
                .contains("autocomplete=\"current-password\"");
        assertThat(page("/profile", person, "en"))
                .contains("My profile")
                .contains("Sign-in methods")
                .contains("Change password");
        assertThat(page("/profile", person, "nn")).contains("Profilen min").contains("Innloggingsmåtar");
    }

    @Test
    void aPersonWithoutAPasswordIsOfferedALinkToChooseOne() throws Exception {
        OrganisationSummary org = fixtures.organisation(OrganisationType.COMPANY, "Passordløs AS");
        PersonSummary person = organisations.createPerson(TestData.email("passordlos"), "Per Passordløs", null, null);
        organisations.grantRole(person.id(), org.id(), Role.SUPPLIER, null);
        String html = page("/profile", person, "nb");
        assertThat(html)
                .contains("Kontoen din har ikke passord ennå.")
                .contains("href=\"/password/forgot\"")
                .doesNotContain("action=\"/profile/password");
    }

    @Test
    void theProfileIsForSignedInPeopleOnly() throws Exception {
        mvc.perform(get("/profile").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/signed-out")).andExpect(status().isOk());
    }

    @Test
    void theHeaderShowsRolesOfAnApprovedOrganisation() throws Exception {
        OrganisationSummary org = fixtures.organisation(OrganisationType.MUNICIPALITY, "Godkjent kommune");
        PersonSummary person = fixtures.person("Gina Godkjent", org.id(), Role.BUYER);
        String header = header(page("/about", person, "nb"));
        assertThat(header)
                .contains("Godkjent kommune")
                .contains("data-color=\"neutral\" data-size=\"sm\">Innkjøper</span>")
                .doesNotContain("Venter på godkjenning")
                .contains("href=\"/profile\"");
    }

    @Test
    void theHeaderShowsAwaitingApprovalInsteadOfRolesForAPendingOrganisation() throws Exception {
        OrganisationSummary org = fixtures.pendingOrganisation(OrganisationType.MUNICIPALITY, "Ventende kommune");
        PersonSummary person = fixtures.person("Vidar Venter", org.id(), Role.BUYER, Role.TOP_LEADER);

        String header = header(page("/about", person, "nb"));
        assertThat(header)
                .contains("Ventende kommune")
                .contains("data-color=\"warning\" data-size=\"sm\">Venter på godkjenning</span>")
                .doesNotContain("Innkjøper")
                .doesNotContain("Toppleder");
        assertThat(header(page("/about", person, "nn")))
                .contains(">Ventar på godkjenning</span>")
                .doesNotContain("Innkjøpar");
        assertThat(header(page("/about", person, "en")))
                .contains(">Awaiting approval</span>")
                .doesNotContain("Buyer");

        organisations.approve(org.id(), null);
        assertThat(header(page("/about", person, "nb")))
                .contains(">Innkjøper</span>")
                .contains(">Toppleder</span>")
                .doesNotContain("Venter på godkjenning");
    }

    @Test
    void theHeaderShowsNeitherRolesNorAwaitingApprovalForARejectedOrganisation() throws Exception {
        OrganisationSummary org = fixtures.pendingOrganisation(OrganisationType.STATE_AGENCY, "Avvist direktorat");
        PersonSummary person = fixtures.person("Arne Avvist", org.id(), Role.BUYER);
        organisations.reject(org.id(), null);
        String header = header(page("/about", person, "nb"));
        assertThat(header)
                .contains("Avvist direktorat")
                .doesNotContain("Innkjøper")
                .doesNotContain("Venter på godkjenning");
        assertThat(page("/profile", person, "nb")).contains("data-color=\"danger\" data-size=\"sm\">Avvist</span>");
    }
}
