package no.innomotor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import no.innomotor.organisations.OrganisationFixtures;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectFixtures.Org;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectQueries;
import no.innomotor.projects.ProjectsManagement;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.RoadmapStep;
import no.innomotor.shared.security.Role;
import no.innomotor.suppliers.SupplierFixtures;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The signed-in person's front page says what needs them now; an anonymous visitor keeps the public one. */
@InnomotorTest
class FrontPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationsManagement organisations;

    @Autowired
    OrganisationFixtures organisationFixtures;

    @Autowired
    ProjectsManagement projects;

    @Autowired
    ProjectQueries queries;

    @Autowired
    ProjectFixtures fixtures;

    @Autowired
    SupplierFixtures suppliers;

    Org owner;
    Org other;

    @BeforeEach
    void organisations() {
        owner = fixtures.municipality("Forsidevik kommune");
        other = fixtures.municipality("Bakvik kommune");
    }

    @Test
    void aTopLeaderSeesTheMandateWaitingForTheirSignature() throws Exception {
        ProjectId project = fixtures.project(owner, "Mandat som venter");
        int version = projects.draftMandate(
                project, ProjectFixtures.terms("Målet"), owner.buyer().user());
        projects.markMandateReady(project, version, owner.buyer().user());

        mvc.perform(get("/").with(user(owner.leader().details())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Dette venter på deg"),
                                containsString("Mandat (versjon 1) venter på signaturen din"),
                                containsString("<a class=\"ds-link\" href=\"/projects/" + project
                                        + "/mandate\">Mandat som venter</a>"),
                                containsString("Forsidevik kommune"))));
        mvc.perform(get("/").with(user(other.leader().details())))
                .andExpect(content().string(not(containsString("Mandat som venter"))));
    }

    @Test
    void aBuyerSeesAnOverdueStepWithItsDueDateInNorwegianFormat() throws Exception {
        ProjectId project = fixtures.project(owner, "Forsinket behov");
        LocalDate due = LocalDate.now(NorwegianTime.ZONE).minusDays(2);
        projects.updateStepNotes(
                project,
                RoadmapStep.of(1),
                "Forankringen drøyer",
                due,
                queries.step(project, RoadmapStep.of(1), owner.buyer().user()).version(),
                owner.buyer().user());

        mvc.perform(get("/").with(user(owner.buyer().details())))
                .andExpect(content()
                        .string(allOf(
                                containsString("Steg 1 har frist"),
                                containsString("href=\"/projects/" + project + "/steps/1\">Forsinket behov</a>"),
                                containsString("Frist "
                                        + DateTimeFormatter.ofPattern("dd.MM.yyyy")
                                                .format(due)),
                                containsString(">Forfalt</span>"))));
        mvc.perform(get("/").with(user(other.buyer().details())))
                .andExpect(content().string(not(containsString("Forsinket behov"))));
    }

    @Test
    void aStepDueLaterThanTwoWeeksAheadDoesNotWaitYet() throws Exception {
        ProjectId project = fixtures.project(owner, "God tid");
        projects.updateStepNotes(
                project,
                RoadmapStep.of(1),
                null,
                LocalDate.now(NorwegianTime.ZONE).plusDays(40),
                queries.step(project, RoadmapStep.of(1), owner.buyer().user()).version(),
                owner.buyer().user());
        mvc.perform(get("/").with(user(owner.buyer().details())))
                .andExpect(content().string(not(containsString("God tid"))));
    }

    @Test
    void anAdministratorSeesOrganisationsAwaitingApproval() throws Exception {
        OrganisationSummary pending =
                organisationFixtures.pendingOrganisation(OrganisationType.MUNICIPALITY, "Ventevik kommune");
        PersonSummary admin = organisationFixtures.admin();
        mvc.perform(get("/").with(organisationFixtures.as(admin)))
                .andExpect(content()
                        .string(allOf(
                                containsString("Organisasjon venter på godkjenning"),
                                containsString("href=\"/admin/organisations\">Ventevik kommune</a>"),
                                containsString(pending.orgNumber().formatted()))));
        mvc.perform(get("/").with(user(owner.buyer().details())))
                .andExpect(content().string(not(containsString("Ventevik kommune"))));
    }

    @Test
    void aSupplierWithNothingWaitingIsToldSoAndPointedToTheirMainPage() throws Exception {
        // A complete profile, so the suppliers module has nothing to ask of the company.
        SupplierFixtures.Company company =
                suppliers.listed("Tomhet AS", List.of("03111000"), List.of("NO073"), List.of());
        mvc.perform(get("/").with(user(company.supplier().details())))
                .andExpect(content()
                        .string(allOf(
                                containsString("Ingenting venter på deg akkurat nå."),
                                containsString("href=\"/opportunities\">Gå til Muligheter</a>"),
                                containsString("Du har ingen meldinger."),
                                not(containsString("Offentlige anskaffelser som innovasjonsmotor")))));
    }

    @Test
    void aSupplierWhoseCompanyHasNoProfileIsAskedToWriteIt() throws Exception {
        OrganisationSummary company = organisationFixtures.organisation(OrganisationType.COMPANY, "Profilløs AS");
        PersonSummary supplier = organisationFixtures.person("Pia Profil", company.id(), Role.SUPPLIER);
        mvc.perform(get("/").with(organisationFixtures.as(supplier)))
                .andExpect(content()
                        .string(allOf(
                                containsString("Selskapet mangler leverandørprofil"),
                                containsString("href=\"/supplier-profile?company=" + company.id() + "\""),
                                not(containsString("Ingenting venter på deg akkurat nå.")))));
    }

    @Test
    void theSignedInFrontPageHasOneMainHeadingThatLabelsWhatWaits() throws Exception {
        SupplierFixtures.Company company =
                suppliers.listed("Overskrift AS", List.of("03111000"), List.of("NO073"), List.of());
        String page = mvc.perform(get("/").with(user(company.supplier().details())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page.split("<h1", -1)).hasSize(2);
        assertThat(page).contains("<section aria-labelledby=\"work-heading\">");
        assertThat(page).contains("id=\"work-heading\">Dette venter på deg</h1>");
        // One heading for what waits, one for the messages: no second heading that says the first again.
        assertThat(page.split("<h2", -1)).hasSize(2);
    }

    @Test
    void anAnonymousVisitorKeepsThePublicFrontPage() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content()
                        .string(allOf(
                                containsString("Offentlige anskaffelser som innovasjonsmotor"),
                                not(containsString("Dette venter på deg")),
                                not(containsString("Du er logget ut")))));
    }

    @Test
    void signingOutSaysSoOnTheFrontPage() throws Exception {
        mvc.perform(post("/logout").with(csrf()).with(user(owner.buyer().details())))
                .andExpect(redirectedUrl("/?loggedOut"));
        mvc.perform(get("/").param("loggedOut", ""))
                .andExpect(content()
                        .string(containsString(
                                "<div class=\"ds-alert\" data-color=\"success\" role=\"status\"><p class=\"ds-paragraph\">"
                                        + "Du er logget ut.</p></div>")));
        mvc.perform(get("/").param("loggedOut", "").with(user(owner.buyer().details())))
                .andExpect(content().string(not(containsString("Du er logget ut."))));
        mvc.perform(get("/").param("loggedOut", "").param("lang", "en"))
                .andExpect(content().string(containsString("You are signed out.")));
    }
}
