package no.innomotor.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The funding API: a project's entries and warnings, an actor's portfolio, with the pages' access rules. */
@InnomotorTest
class FundingApiTests {

    private static final LocalDate START = LocalDate.of(2027, 1, 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectFixtures projects;

    @Autowired
    FundingFixtures fixtures;

    @Autowired
    FundingManagement funding;

    ProjectFixtures.Org org;
    ProjectId project;
    FundingFixtures.Actor actor;
    FundingEntryId first;
    FundingEntryId second;

    @BeforeEach
    void world() {
        org = projects.municipality("Apiby kommune");
        project = projects.project(org, "Sensorer i Apiby");
        actor = fixtures.actor("Innovasjon Norge api");
        first = funding.record(
                project,
                FundingFixtures.details(
                        "Tilskudd til innovasjonspartnerskap",
                        actor.id(),
                        FundingStatus.GRANTED,
                        1_500_000,
                        1_400_000L,
                        START,
                        START.plusYears(1),
                        Set.of(CostCategory.DEVELOPMENT, CostCategory.PILOTING),
                        50),
                org.buyer().user());
        second = funding.record(
                project,
                FundingFixtures.named(
                        "Pilotstøtte",
                        "Enova",
                        FundingStatus.APPLIED,
                        400_000,
                        null,
                        START.plusMonths(6),
                        START.plusYears(2),
                        Set.of(CostCategory.PILOTING)),
                org.buyer().user());
    }

    @Test
    void theTeamReadsEntriesTotalsAndWarningsAsSentencesInItsLanguage() throws Exception {
        mvc.perform(get("/api/v1/projects/" + project + "/funding")
                        .param("lang", "en")
                        .accept(MediaType.APPLICATION_JSON)
                        .with(user(org.buyer().details())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.project").value(project.toString()))
                .andExpect(jsonPath("$.totalCost").value(2_500_000))
                .andExpect(jsonPath("$.totalCostFrom").value("ESTIMATED_VALUE"))
                .andExpect(jsonPath("$.entries.length()").value(2))
                .andExpect(jsonPath("$.entries[0].id").value(first.toString()))
                .andExpect(jsonPath("$.entries[0].actorOrganisation")
                        .value(actor.id().toString()))
                .andExpect(jsonPath("$.entries[0].amountGranted").value(1_400_000))
                .andExpect(jsonPath("$.entries[1].actorName").value("Enova"))
                .andExpect(
                        jsonPath("$.byStatus[?(@.status == 'GRANTED')].granted").value(1_400_000))
                .andExpect(jsonPath("$.warnings.length()").value(2))
                .andExpect(jsonPath("$.warnings[0].kind").value("DOUBLE_COVERAGE"))
                .andExpect(jsonPath("$.warnings[0].entries[0]").value(first.toString()))
                .andExpect(jsonPath("$.warnings[0].entries[1]").value(second.toString()))
                .andExpect(jsonPath("$.warnings[0].costCategories[0]").value("PILOTING"))
                .andExpect(jsonPath("$.warnings[0].text")
                        .value(Matchers.startsWith(
                                "The same cost covered twice: “Tilskudd til innovasjonspartnerskap”")))
                .andExpect(jsonPath("$.warnings[1].kind").value("CAP_EXCEEDED"))
                .andExpect(
                        jsonPath("$.warnings[1].text").value(Matchers.containsString("1\u00a0250\u00a0000\u00a0kr")));
    }

    @Test
    void anotherMunicipalityAndASupplierAreToldThereIsNoSuchProject() throws Exception {
        ProjectFixtures.Org other = projects.municipality("Annen api kommune");
        ProjectFixtures.Person supplier =
                projects.person(projects.company("Api leverandør AS"), "Sander Selger", Role.SUPPLIER);

        for (var person : java.util.List.of(other.buyer(), supplier)) {
            mvc.perform(get("/api/v1/projects/" + project + "/funding")
                            .accept(MediaType.APPLICATION_JSON)
                            .with(user(person.details())))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get("/api/v1/projects/" + project + "/funding").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theActorReadsItsPortfolio() throws Exception {
        String json = mvc.perform(get("/api/v1/funding/actors/" + actor.id() + "/portfolio")
                        .accept(MediaType.APPLICATION_JSON)
                        .with(user(actor.person().details())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.actor").value(actor.id().toString()))
                .andExpect(jsonPath("$.committed").value(1_400_000))
                .andExpect(jsonPath("$.projects[0].id").value(project.toString()))
                .andExpect(jsonPath("$.projects[0].doubleCovered[0]").value("PILOTING"))
                .andExpect(jsonPath("$.projects[0].entries.length()").value(1))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // Enova applied only, granted nothing: no co-funder, and its instrument is nowhere in the actor's answer.
        assertThat(json).contains("\"coFunders\":[]").doesNotContain("Pilotstøtte", "Enova");
    }
}
