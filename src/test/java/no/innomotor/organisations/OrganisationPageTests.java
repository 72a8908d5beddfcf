package no.innomotor.organisations;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@InnomotorTest
class OrganisationPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationFixtures fixtures;

    @Autowired
    OrganisationsManagement organisations;

    @Test
    void aMemberSeesTheFactsAndTheMembersWithTheirRoles() throws Exception {
        OrganisationSummary org = fixtures.organisation(OrganisationType.MUNICIPALITY, "Faktaby kommune");
        PersonSummary buyer = fixtures.person("Frida Fakta", org.id(), Role.BUYER);
        PersonSummary leader = fixtures.person("Leif Leder", org.id(), Role.TOP_LEADER);
        mvc.perform(get("/organisations/" + org.id()).with(fixtures.as(buyer)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("<h1 class=\"ds-heading\" data-size=\"lg\">Faktaby kommune</h1>")))
                .andExpect(content().string(containsString(org.orgNumber().formatted())))
                .andExpect(content().string(containsString("<dd>Kommune</dd>")))
                .andExpect(content().string(containsString("<dd>Vestland</dd>")))
                .andExpect(content().string(containsString("<dd>Testsektor</dd>")))
                .andExpect(content().string(containsString("Leif Leder")))
                .andExpect(content().string(containsString(leader.email())))
                .andExpect(content().string(containsString(">Toppleder</span>")))
                .andExpect(content().string(containsString(">Personer med roller i Faktaby kommune</caption>")));
    }

    @Test
    void anAdministratorSeesAnyOrganisationAndDecidesOnItThere() throws Exception {
        PersonSummary admin = fixtures.admin();
        OrganisationSummary org = fixtures.pendingOrganisation(OrganisationType.STATE_AGENCY, "Innsynsdirektoratet");
        mvc.perform(get("/organisations/" + org.id()).with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Innsynsdirektoratet")))
                .andExpect(content().string(containsString("action=\"/admin/organisations/" + org.id() + "/approve\"")))
                .andExpect(content().string(containsString("action=\"/admin/organisations/" + org.id() + "/reject\"")));
        organisations.reject(org.id(), admin.id());
        // A rejected organisation can be reconsidered.
        mvc.perform(get("/organisations/" + org.id()).with(fixtures.as(admin)))
                .andExpect(content().string(containsString("action=\"/admin/organisations/" + org.id() + "/approve\"")))
                .andExpect(content().string(not(containsString("/reject\""))));
    }

    @Test
    void membersDoNotSeeTheAdministratorsDecisions() throws Exception {
        OrganisationSummary org = fixtures.pendingOrganisation(OrganisationType.MUNICIPALITY, "Selvbetjent kommune");
        PersonSummary buyer = fixtures.person("Selma Selvbetjent", org.id(), Role.BUYER);
        mvc.perform(get("/organisations/" + org.id()).with(fixtures.as(buyer)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/admin/organisations/"))));
    }

    @Test
    void aPersonOfAnotherOrganisationWithTheSameRoleGetsNotFound() throws Exception {
        OrganisationSummary mine = fixtures.organisation(OrganisationType.MUNICIPALITY, "Egen kommune");
        OrganisationSummary other = fixtures.organisation(OrganisationType.MUNICIPALITY, "Annen kommune");
        PersonSummary buyer = fixtures.person("Nysgjerrig Innkjøper", mine.id(), Role.BUYER);
        fixtures.person("Skjult Innkjøper", other.id(), Role.BUYER);
        mvc.perform(get("/organisations/" + other.id()).with(fixtures.as(buyer)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Annen kommune"))))
                .andExpect(content().string(not(containsString("Skjult Innkjøper"))));
    }

    @Test
    void unknownAndMalformedIdsAreNotFoundAndAnonymousVisitorsAreSentToLogin() throws Exception {
        OrganisationSummary org = fixtures.organisation(OrganisationType.COMPANY, "Ukjent AS");
        PersonSummary supplier = fixtures.person("Ulla Ukjent", org.id(), Role.SUPPLIER);
        mvc.perform(get("/organisations/" + UUID.randomUUID()).with(fixtures.as(supplier)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/organisations/ikke-en-id").with(fixtures.as(supplier)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/organisations/" + org.id()).accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void myOrganisationLeadsStraightToTheOnlyOneOrListsSeveral() throws Exception {
        OrganisationSummary first = fixtures.organisation(OrganisationType.COMPANY, "Første AS");
        OrganisationSummary second = fixtures.pendingOrganisation(OrganisationType.MUNICIPALITY, "Andre kommune");
        PersonSummary one = fixtures.person("Enkel Medlem", first.id(), Role.SUPPLIER);
        mvc.perform(get("/organisations/mine").with(fixtures.as(one)))
                .andExpect(redirectedUrl("/organisations/" + first.id()));
        PersonSummary two = fixtures.person("Dobbel Medlem", first.id(), Role.SUPPLIER);
        organisations.grantRole(two.id(), second.id(), Role.BUYER, null);
        mvc.perform(get("/organisations/mine").with(fixtures.as(two)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/organisations/" + first.id() + "\"")))
                .andExpect(content().string(containsString("href=\"/organisations/" + second.id() + "\"")))
                .andExpect(content().string(containsString("Ikke godkjent")));
        PersonSummary none = fixtures.person("Ingen Medlem", first.id());
        mvc.perform(get("/organisations/mine").with(fixtures.as(none)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Du har ingen rolle i noen organisasjon ennå.")));
    }
}
