package no.innomotor.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.innomotor.audit.AuditEntry;
import no.innomotor.audit.AuditManagement;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@InnomotorTest
class AdminOrganisationsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationFixtures fixtures;

    @Autowired
    OrganisationsManagement organisations;

    @Autowired
    AuditManagement audit;

    @Test
    void anAdministratorSeesTheApprovalQueueAndEveryOrganisation() throws Exception {
        PersonSummary admin = fixtures.admin();
        OrganisationSummary pending = fixtures.pendingOrganisation(OrganisationType.COUNTY, "Køfylke fylkeskommune");
        OrganisationSummary company = fixtures.organisation(OrganisationType.COMPANY, "Listeført AS");
        mvc.perform(get("/admin/organisations").with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Venter på godkjenning (")))
                .andExpect(content()
                        .string(containsString("action=\"/admin/organisations/" + pending.id() + "/approve\"")))
                .andExpect(
                        content().string(containsString("action=\"/admin/organisations/" + pending.id() + "/reject\"")))
                .andExpect(content().string(containsString("Listeført AS")))
                .andExpect(content().string(not(containsString("/admin/organisations/" + company.id() + "/approve"))));
    }

    @Test
    void theStatusFilterShowsOnlyThatStatus() throws Exception {
        PersonSummary admin = fixtures.admin();
        fixtures.pendingOrganisation(OrganisationType.MUNICIPALITY, "Filtervik kommune");
        fixtures.organisation(OrganisationType.COMPANY, "Filtrert Bort AS");
        mvc.perform(get("/admin/organisations").param("status", "APPROVED").with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Organisasjoner med status «Godkjent»")))
                .andExpect(content().string(containsString("Filtrert Bort AS")))
                // Still in the queue at the top of the page, but not in the filtered list.
                .andExpect(content().string(containsString("<option value=\"APPROVED\" selected>")));
        String filtered = mvc.perform(get("/admin/organisations")
                        .param("status", "APPROVED")
                        .header("HX-Request", "true")
                        .with(fixtures.as(admin)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(filtered).contains("Filtrert Bort AS").doesNotContain("Filtervik kommune");
    }

    @Test
    void anHtmxFilterRequestGetsOnlyTheListFragmentOfTheSameTemplate() throws Exception {
        PersonSummary admin = fixtures.admin();
        fixtures.pendingOrganisation(OrganisationType.STATE_AGENCY, "Fragmentdirektoratet");
        mvc.perform(get("/admin/organisations")
                        .param("status", "PENDING")
                        .header("HX-Request", "true")
                        .with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", containsString("HX-Request")))
                .andExpect(content().string(containsString("<section id=\"organisation-results\"")))
                .andExpect(content().string(containsString("Fragmentdirektoratet")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("<h1"))));
        // htmx restoring history it has not cached asks for the whole page.
        mvc.perform(get("/admin/organisations")
                        .header("HX-Request", "true")
                        .header("HX-History-Restore-Request", "true")
                        .with(fixtures.as(admin)))
                .andExpect(content().string(containsString("<html")));
    }

    @Test
    void approvingCountsTheMembersRolesFromTheirNextRequestAndIsAudited() throws Exception {
        PersonSummary admin = fixtures.admin();
        OrganisationSummary org =
                fixtures.pendingOrganisation(OrganisationType.MUNICIPALITY, "Godkjenningsvik kommune");
        PersonSummary buyer = fixtures.person("Vera Venter", org.id(), Role.BUYER);
        MockHttpSession buyerSession = new MockHttpSession();
        mvc.perform(get("/organisations/mine").session(buyerSession).with(fixtures.as(buyer)));

        mvc.perform(post("/admin/organisations/" + org.id() + "/approve")
                        .param("status", "PENDING")
                        .with(csrf())
                        .with(fixtures.as(admin)))
                .andExpect(redirectedUrl("/admin/organisations?status=PENDING"))
                .andExpect(flash().attribute("flash", "organisations.admin.approved"));

        assertThat(organisations.find(org.id()).orElseThrow().status()).isEqualTo(OrganisationStatus.APPROVED);
        assertThat(audit.timeline("organisation", org.id().toString()))
                .filteredOn(entry -> entry.action().equals("organisation.approved"))
                .singleElement()
                .extracting(AuditEntry::actor)
                .isEqualTo(admin.id());

        // The buyer's session still holds the memberships of their sign-in; the next request reads them again.
        MvcResult next = mvc.perform(get("/organisations/" + org.id()).session(buyerSession))
                .andReturn();
        SecurityContext context = (SecurityContext) next.getRequest()
                .getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        CurrentUser refreshed = (CurrentUser) context.getAuthentication().getPrincipal();
        assertThat(refreshed.hasRole(org.id(), Role.BUYER)).isTrue();
        assertThat(context.getAuthentication().getAuthorities())
                .extracting(Object::toString)
                .contains("ROLE_BUYER");
    }

    @Test
    void approvingTwiceRecordsOneDecision() {
        PersonSummary admin = fixtures.admin();
        OrganisationSummary org = fixtures.pendingOrganisation(OrganisationType.INSTRUMENT_ACTOR, "Dobbelklikk fond");
        organisations.approve(org.id(), admin.id());
        organisations.approve(org.id(), admin.id());
        assertThat(audit.timeline("organisation", org.id().toString()))
                .extracting(AuditEntry::action)
                .containsExactly("organisation.registered", "organisation.approved");
    }

    @Test
    void rejectingMakesTheMembersRolesStopCountingAndIsAudited() throws Exception {
        PersonSummary admin = fixtures.admin();
        OrganisationSummary org = fixtures.pendingOrganisation(OrganisationType.MUNICIPALITY, "Avvisningsdal kommune");
        PersonSummary buyer = fixtures.person("Rolf Avvist", org.id(), Role.BUYER);
        mvc.perform(post("/admin/organisations/" + org.id() + "/reject")
                        .with(csrf())
                        .with(fixtures.as(admin)))
                .andExpect(redirectedUrl("/admin/organisations"));
        assertThat(organisations.find(org.id()).orElseThrow().status()).isEqualTo(OrganisationStatus.REJECTED);
        assertThat(audit.timeline("organisation", org.id().toString()))
                .extracting(AuditEntry::action)
                .containsExactly("organisation.registered", "organisation.rejected");
        assertThat(fixtures.principal(buyer).hasRole(org.id(), Role.BUYER)).isFalse();
        mvc.perform(get("/organisations/" + org.id()).with(fixtures.as(buyer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("En administrator har avvist organisasjonen")));
    }

    @Test
    void aNonAdministratorIsRefusedTheListAndTheDecisions() throws Exception {
        OrganisationSummary buyerOrg = fixtures.organisation(OrganisationType.MUNICIPALITY, "Vanlig kommune");
        PersonSummary buyer = fixtures.person("Vanlig Innkjøper", buyerOrg.id(), Role.BUYER, Role.TOP_LEADER);
        OrganisationSummary pending =
                fixtures.pendingOrganisation(OrganisationType.MUNICIPALITY, "Selvgodkjent kommune");
        PersonSummary pendingBuyer = fixtures.person("Utålmodig Innkjøper", pending.id(), Role.BUYER);

        mvc.perform(get("/admin/organisations").with(fixtures.as(buyer))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/organisations/" + pending.id() + "/approve")
                        .with(csrf())
                        .with(fixtures.as(buyer)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/organisations/" + pending.id() + "/approve")
                        .with(csrf())
                        .with(fixtures.as(pendingBuyer)))
                .andExpect(status().isForbidden());
        assertThat(organisations.find(pending.id()).orElseThrow().status()).isEqualTo(OrganisationStatus.PENDING);
    }

    @Test
    void anAdministratorOfAPendingOrganisationIsNoAdministrator() throws Exception {
        OrganisationSummary pendingOperator =
                fixtures.pendingOrganisation(OrganisationType.MUNICIPALITY, "Falsk drift kommune");
        PersonSummary fake = fixtures.person("Falsk Admin", pendingOperator.id(), Role.ADMIN);
        mvc.perform(get("/admin/organisations").with(fixtures.as(fake))).andExpect(status().isForbidden());
    }

    @Test
    void anonymousVisitorsAreSentToLoginAndDecisionsNeedTheCsrfToken() throws Exception {
        PersonSummary admin = fixtures.admin();
        OrganisationSummary pending = fixtures.pendingOrganisation(OrganisationType.COUNTY, "Tokenløs fylkeskommune");
        mvc.perform(get("/admin/organisations").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/admin/organisations/" + pending.id() + "/approve").with(fixtures.as(admin)))
                .andExpect(status().isForbidden());
        assertThat(organisations.find(pending.id()).orElseThrow().status()).isEqualTo(OrganisationStatus.PENDING);
    }

    @Test
    void decidingAnUnknownOrganisationIsNotFound() throws Exception {
        PersonSummary admin = fixtures.admin();
        mvc.perform(post("/admin/organisations/" + java.util.UUID.randomUUID() + "/approve")
                        .with(csrf())
                        .with(fixtures.as(admin)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theAdministratorsNavigationHasOrganisationsAndOutboxButOthersDoNot() throws Exception {
        PersonSummary admin = fixtures.admin();
        OrganisationSummary org = fixtures.organisation(OrganisationType.COMPANY, "Navigasjon AS");
        PersonSummary supplier = fixtures.person("Navi Leverandør", org.id(), Role.SUPPLIER);
        mvc.perform(get("/").with(fixtures.as(admin)))
                .andExpect(content().string(containsString("<a href=\"/admin/organisations\"")))
                .andExpect(content().string(containsString("<a href=\"/admin/outbox\"")))
                .andExpect(content().string(containsString("<a href=\"/organisations/mine\"")));
        mvc.perform(get("/").with(fixtures.as(supplier)))
                .andExpect(content().string(not(containsString("<a href=\"/admin/organisations\""))))
                .andExpect(content().string(not(containsString("<a href=\"/admin/outbox\""))))
                .andExpect(content().string(containsString("<a href=\"/organisations/mine\"")));
        mvc.perform(get("/")).andExpect(content().string(not(containsString("<a href=\"/organisations/mine\""))));
        PersonSummary loner = fixtures.person("Ensom Person", org.id());
        mvc.perform(get("/").with(fixtures.as(loner)))
                .andExpect(content().string(not(containsString("<a href=\"/organisations/mine\""))));
    }
}
