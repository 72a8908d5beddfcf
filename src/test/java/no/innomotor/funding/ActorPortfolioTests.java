package no.innomotor.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.Money;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An instrument actor's portfolio: its own projects and entries, and of the other actors funding the same projects only
 * the name, the number of shared projects and the sum granted there. Read by the actor's own people, advisers and
 * administrators; another actor is told it does not exist.
 */
@InnomotorTest
class ActorPortfolioTests {

    private static final LocalDate START = LocalDate.of(2027, 1, 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectFixtures projects;

    @Autowired
    FundingFixtures fixtures;

    @Autowired
    FundingManagement funding;

    @Autowired
    FundingQueries queries;

    FundingFixtures.Actor us;
    FundingFixtures.Actor them;
    ProjectFixtures.Org org;
    ProjectId shared;
    ProjectId theirsOnly;

    @BeforeEach
    void world() {
        us = fixtures.actor("Innovasjon Norge portefølje");
        them = fixtures.actor("Forskningsrådet portefølje");
        org = projects.municipality("Porteføljeby kommune");
        shared = projects.project(org, "Felles prosjekt i Porteføljeby");
        theirsOnly = projects.project(org, "Konkurrentens eget prosjekt");
        ProjectFixtures.Org other = projects.municipality("Søkerby kommune");
        ProjectId rejected = projects.project(other, "Avslått hos konkurrenten");

        record(org, shared, us, "Tilskudd til innovasjonspartnerskap", FundingStatus.APPLIED, 900_000, null, 0);
        record(org, shared, us, "Oppfølgingsmidler", FundingStatus.GRANTED, 100_000, 100_000L, 24);
        record(
                org,
                shared,
                them,
                "Innovasjonsprosjekt i offentlig sektor",
                FundingStatus.GRANTED,
                2_000_000,
                1_800_000L,
                0);
        record(org, shared, them, "Forprosjekt", FundingStatus.APPLIED, 300_000, null, 0);
        record(org, theirsOnly, them, "Hemmelig satsing", FundingStatus.GRANTED, 5_000_000, 5_000_000L, 0);
        record(other, rejected, us, "Avslått søknad", FundingStatus.REJECTED, 200_000, 0L, 0);
        record(other, rejected, them, "Annen aktørs tilskudd", FundingStatus.GRANTED, 400_000, 400_000L, 0);
    }

    private void record(
            ProjectFixtures.Org owner,
            ProjectId project,
            FundingFixtures.Actor actor,
            String instrument,
            FundingStatus status,
            long applied,
            Long granted,
            int startMonths) {
        funding.record(
                project,
                FundingFixtures.details(
                        instrument,
                        actor.id(),
                        status,
                        applied,
                        granted,
                        START.plusMonths(startMonths),
                        START.plusMonths(startMonths + 23),
                        Set.of(CostCategory.DEVELOPMENT),
                        null),
                owner.buyer().user());
    }

    @Test
    void theActorSeesItsOwnProjectsAndOfACoFunderOnlyTheAggregate() {
        Portfolio portfolio = queries.portfolio(us.id(), us.person().user());

        assertThat(portfolio.projects())
                .extracting(Portfolio.Project::title)
                .containsExactly("Avslått hos konkurrenten", "Felles prosjekt i Porteføljeby");
        Portfolio.Project project = portfolio.projects().get(1);
        assertThat(project.entries())
                .extracting(Portfolio.Line::instrumentName)
                .containsExactlyInAnyOrder("Tilskudd til innovasjonspartnerskap", "Oppfølgingsmidler");
        assertThat(project.committed()).isEqualTo(Money.nok(100_000));
        assertThat(project.doubleCovered()).containsExactly(CostCategory.DEVELOPMENT);
        assertThat(portfolio.committed()).isEqualTo(Money.nok(100_000));
        assertThat(portfolio.pending()).isEqualTo(Money.nok(900_000));
        // Only the shared project where we are engaged counts, and only what the co-funder granted there: neither its
        // own project, its pending application, nor its grant where our application was rejected.
        assertThat(portfolio.coFunders())
                .singleElement()
                .isEqualTo(new Portfolio.CoFunder("Forskningsrådet portefølje", 1, Money.nok(1_800_000)));
    }

    @Test
    void thePortfolioPageShowsNoOtherActorsInstrumentsOrProjects() throws Exception {
        String page = mvc.perform(
                        get("/funding/actors/" + us.id()).with(user(us.person().details())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Portefølje: Innovasjon Norge portefølje")
                .contains("Felles prosjekt i Porteføljeby", "Tilskudd til innovasjonspartnerskap")
                .contains("Forskningsrådet portefølje", "1\u00a0800\u00a0000\u00a0kr")
                .contains("Et annet virkemiddel dekker også utvikling og testing i samme periode")
                .doesNotContain("Innovasjonsprosjekt i offentlig sektor", "Forprosjekt", "Hemmelig satsing")
                .doesNotContain("Konkurrentens eget prosjekt", "Annen aktørs tilskudd")
                .doesNotContain("/projects/" + shared + "/funding");
    }

    @Test
    void anotherActorIsNotToldWhileAdvisersAndAdministratorsRead() throws Exception {
        mvc.perform(get("/funding/actors/" + us.id()).with(user(them.person().details())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/funding/actors/" + us.id() + "/portfolio")
                        .with(user(them.person().details())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/funding/actors/" + org.id()).with(user(org.buyer().details())))
                .andExpect(status().isForbidden());

        ProjectFixtures.Person adviser =
                projects.person(projects.company("Portefølje rådgivning AS"), "Rolf Rådgiver", Role.ADVISER);
        String page = mvc.perform(get("/funding/actors/" + us.id()).with(user(adviser.details())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("/projects/" + shared + "/funding");
        String list = mvc.perform(get("/funding/actors").with(user(adviser.details())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains("Innovasjon Norge portefølje", "/funding/actors/" + us.id());
        mvc.perform(get("/funding/actors").with(user(us.person().details()))).andExpect(status().isForbidden());
        // A person of an instrument actor is not told of an organisation that is not one.
        mvc.perform(get("/funding/actors/" + org.id()).with(user(adviser.details())))
                .andExpect(status().isNotFound());
    }

    @Test
    void theActorFindsItsPortfolioFromTheMenuAndTheOverlapOnItsFrontPage() throws Exception {
        mvc.perform(get("/funding/portfolio").with(user(us.person().details())))
                .andExpect(redirectedUrl("/funding/actors/" + us.id()));
        String front = mvc.perform(get("/").with(user(us.person().details())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(front)
                .contains("En søknad til dere dekker kostnader et annet virkemiddel også dekker")
                .contains("/funding/actors/" + us.id() + "#project-" + shared);
    }
}
