package no.innomotor.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import no.innomotor.instruments.InstrumentFixtures;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A project's funding page from both sides: the team records, edits and removes; the top leader and an adviser read;
 * another municipality is told there is no such project; a supplier and an instrument actor are refused.
 */
@InnomotorTest
class FundingPagesTests {

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

    @Autowired
    InstrumentFixtures instruments;

    ProjectFixtures.Org org;
    ProjectId project;
    FundingFixtures.Actor research;
    String base;

    @BeforeEach
    void world() {
        org = projects.municipality("Sidebyen kommune");
        project = projects.project(org, "Trygg natt i Sidebyen");
        research = fixtures.actor("Forskningsrådet side");
        base = "/projects/" + project + "/funding";
        funding.record(
                project,
                FundingFixtures.details(
                        "Innovasjonsprosjekt i offentlig sektor",
                        research.id(),
                        FundingStatus.GRANTED,
                        1_600_000,
                        1_500_000L,
                        START,
                        START.plusYears(2).minusDays(1),
                        Set.of(CostCategory.PERSONNEL, CostCategory.DEVELOPMENT),
                        null),
                org.buyer().user());
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder overlapping() {
        return post(base + "/entries")
                .with(csrf())
                .param("instrumentName", "Pilot i Enova")
                .param("actorOrganisation", "other")
                .param("actorName", "Enova SF")
                .param("status", "APPLIED")
                .param("amountApplied", "750 000 kr")
                .param("periodStart", START.plusMonths(12).toString())
                .param("periodEnd", START.plusMonths(30).toString())
                .param("costCategories", "DEVELOPMENT", "PILOTING")
                .param("maxCoFinancingPercent", "50");
    }

    @Test
    void theTeamRecordsAnOverlappingEntryAndReadsTheWarningAtTheTop() throws Exception {
        mvc.perform(overlapping().with(user(org.buyer().details())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(base));

        String page =
                body(mvc.perform(get(base).with(user(org.buyer().details()))).andExpect(status().isOk()));
        int alert = page.indexOf("role=\"alert\"");
        assertThat(alert).isPositive().isLessThan(page.indexOf("id=\"entries\""));
        assertThat(page)
                .contains("Samme kostnad dekket to ganger: «Innovasjonsprosjekt i offentlig sektor» (Forskningsrådet"
                        + " side) og «Pilot i Enova» (Enova SF) dekker begge utvikling og testing i perioden"
                        + " 01.01.2028–31.12.2028.")
                .contains("750\u00a0000\u00a0kr", "1\u00a0500\u00a0000\u00a0kr")
                .contains(base + "/entries/")
                .contains("action=\"" + base + "/entries\"");

        // The overlapping entry's own cap (50 % of 2 500 000) is exceeded by the 1 500 000 granted as well.
        assertThat(page).contains("Taket for samfinansiering er overskredet", "1\u00a0250\u00a0000\u00a0kr");
        String front =
                body(mvc.perform(get("/").with(user(org.buyer().details()))).andExpect(status().isOk()));
        assertThat(front).contains("Finansieringen har 2 varsler", "Trygg natt i Sidebyen", base);
        String leaderFront =
                body(mvc.perform(get("/").with(user(org.leader().details()))).andExpect(status().isOk()));
        assertThat(leaderFront).doesNotContain("Finansieringen har");

        String english = body(
                mvc.perform(get(base).param("lang", "en").with(user(org.buyer().details())))
                        .andExpect(status().isOk()));
        assertThat(english).contains("The same cost covered twice:", "both cover development and testing from");
    }

    @Test
    void anEntryLinksToTheCatalogueInstrumentItNamesAndAnUnpublishedOneIsRefused() throws Exception {
        var actor = instruments.actor("Katalogaktør side");
        String published = instruments
                .published(actor, InstrumentFixtures.forMunicipalities("Pilotmidler fra katalogen"))
                .toString();
        String draft = instruments
                .draft(actor, InstrumentFixtures.forMunicipalities("Utkast som ikke er publisert"))
                .toString();

        String form =
                body(mvc.perform(get(base).with(user(org.buyer().details()))).andExpect(status().isOk()));
        assertThat(form)
                .contains("name=\"instrumentId\"", "value=\"" + published + "\"", "Pilotmidler fra katalogen")
                .doesNotContain("value=\"" + draft + "\"");

        String refused = body(mvc.perform(overlapping()
                        .param("instrumentId", draft)
                        .with(user(org.buyer().details())))
                .andExpect(status().isUnprocessableContent()));
        assertThat(refused)
                .contains("id=\"instrumentId-error\"", "Velg et virkemiddel som står publisert i katalogen.");
        assertThat(queries.project(project, org.buyer().user()).entries()).hasSize(1);

        mvc.perform(overlapping()
                        .param("instrumentId", published)
                        .with(user(org.buyer().details())))
                .andExpect(status().is3xxRedirection());
        String page =
                body(mvc.perform(get(base).with(user(org.buyer().details()))).andExpect(status().isOk()));
        assertThat(page).contains("href=\"/instruments/" + published + "\"");
    }

    @Test
    void aRefusedEntryIsShownAgainWithTheErrorNextToTheField() throws Exception {
        String page = body(mvc.perform(post(base + "/entries")
                        .with(csrf())
                        .with(user(org.buyer().details()))
                        .param("instrumentName", "Uten beløp")
                        .param("actorOrganisation", "other")
                        .param("status", "GRANTED")
                        .param("amountApplied", "-5")
                        .param("periodStart", "2027-05-01")
                        .param("periodEnd", "2027-04-01"))
                .andExpect(status().isUnprocessableContent()));

        assertThat(page)
                .contains("id=\"error-summary\"")
                .contains("id=\"actorName-error\"", "Skriv navnet på aktøren.")
                .contains("id=\"amountApplied-error\"", "Beløpet kan ikke være negativt.")
                .contains("id=\"amountGranted-error\"", "Skriv det innvilgede beløpet.")
                .contains("id=\"periodEnd-error\"", "Slutten av perioden kan ikke være før starten.")
                .contains("id=\"costCategories-error\"", "Velg minst én kostnadstype.")
                .contains("value=\"Uten beløp\"");
        assertThat(queries.project(project, org.buyer().user()).entries()).hasSize(1);
    }

    @Test
    void anEditFromAnOlderVersionIsAConflictThatKeepsWhatWasTyped() throws Exception {
        EntryView entry = queries.project(project, org.buyer().user()).entries().get(0);
        String edit = base + "/entries/" + entry.id();
        assertThat(body(mvc.perform(get(edit + "/edit").with(user(org.buyer().details())))
                        .andExpect(status().isOk())))
                .contains("value=\"Innovasjonsprosjekt i offentlig sektor\"", "value=\"1500000\"");

        mvc.perform(post(edit).with(csrf()).with(user(org.buyer().details())).params(form(entry, "1 400 000", 0)))
                .andExpect(redirectedUrl(base));
        String conflict = body(mvc.perform(post(edit)
                        .with(csrf())
                        .with(user(org.buyer().details()))
                        .params(form(entry, "1 300 000", 0)))
                .andExpect(status().isConflict()));
        assertThat(conflict)
                .contains("Noen andre lagret en endring samtidig")
                .contains("value=\"1 300 000\"")
                .contains("name=\"version\" value=\"1\"");
        assertThat(queries.project(project, org.buyer().user()).entries().get(0).amountGranted())
                .isEqualTo(no.innomotor.shared.Money.nok(1_400_000));

        mvc.perform(post(edit + "/remove")
                        .with(csrf())
                        .with(user(org.buyer().details()))
                        .param("version", "0"))
                .andExpect(status().isConflict());
        mvc.perform(post(edit + "/remove")
                        .with(csrf())
                        .with(user(org.buyer().details()))
                        .param("version", "1"))
                .andExpect(redirectedUrl(base));
        assertThat(queries.project(project, org.buyer().user()).entries()).isEmpty();
    }

    private static org.springframework.util.MultiValueMap<String, String> form(
            EntryView entry, String granted, long version) {
        var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
        params.add("instrumentName", entry.instrumentName());
        params.add("actorOrganisation", entry.actorOrganisation().toString());
        params.add("status", "GRANTED");
        params.add("amountApplied", "1600000");
        params.add("amountGranted", granted);
        params.add("periodStart", entry.periodStart().toString());
        params.add("periodEnd", entry.periodEnd().toString());
        params.add("costCategories", "PERSONNEL");
        params.add("version", String.valueOf(version));
        return params;
    }

    @Test
    void theLeaderAndAnAdviserReadWithoutForms() throws Exception {
        ProjectFixtures.Person adviser =
                projects.person(projects.company("Rådgivning side AS"), "Rita Rådgiver", Role.ADVISER);
        for (var reader : java.util.List.of(org.leader(), adviser)) {
            String page =
                    body(mvc.perform(get(base).with(user(reader.details()))).andExpect(status().isOk()));
            assertThat(page)
                    .contains("Innovasjonsprosjekt i offentlig sektor", "Ingen varsler")
                    .doesNotContain("action=\"" + base + "/entries\"", "/edit\"");
            mvc.perform(overlapping().with(user(reader.details()))).andExpect(status().isForbidden());
        }
    }

    @Test
    void anotherMunicipalityIsNotToldAndASupplierOrActorIsRefused() throws Exception {
        ProjectFixtures.Org other = projects.municipality("Annenside kommune");
        ProjectFixtures.Person supplier =
                projects.person(projects.company("Side leverandør AS"), "Siv Selger", Role.SUPPLIER);

        mvc.perform(get(base).with(user(other.buyer().details()))).andExpect(status().isNotFound());
        mvc.perform(get(base).with(user(other.leader().details()))).andExpect(status().isNotFound());
        mvc.perform(overlapping().with(user(other.buyer().details()))).andExpect(status().isNotFound());
        mvc.perform(get(base).with(user(supplier.details()))).andExpect(status().isForbidden());
        mvc.perform(get(base).with(user(research.person().details()))).andExpect(status().isForbidden());
        mvc.perform(get(base).accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
    }

    @Test
    void theProjectsNavigationLinksToItsFunding() throws Exception {
        String overview = body(
                mvc.perform(get("/projects/" + project).with(user(org.buyer().details())))
                        .andExpect(status().isOk()));
        assertThat(overview).contains("href=\"" + base + "\"", "Finansiering");
        assertThat(body(mvc.perform(get(base).with(user(org.buyer().details())))))
                .contains("href=\"" + base + "\" aria-current=\"page\"");
    }
}
