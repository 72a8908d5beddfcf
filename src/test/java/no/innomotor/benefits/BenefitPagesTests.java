package no.innomotor.benefits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The benefit plan pages from both sides: the team adds a benefit, records measurements by form and file and opts in
 * to the showcase; the top leader and an adviser read; another municipality is told there is no such project; a
 * supplier is refused and an anonymous visitor sent to sign in.
 */
@InnomotorTest
class BenefitPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectFixtures projects;

    @Autowired
    BenefitsManagement benefits;

    @Autowired
    BenefitQueries queries;

    ProjectFixtures.Org org;
    ProjectId project;
    BenefitId spending;
    String base;

    @BeforeEach
    void world() {
        org = projects.municipality("Sidegevinst kommune");
        project = projects.project(org, "Smart renovasjon i Sidegevinst");
        spending = benefits.add(
                project,
                BenefitFixtures.efficiency("Lavere kjørekostnader", org.buyer().id()),
                org.buyer().user());
        base = "/projects/" + project + "/benefits";
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder newBenefit() {
        return newBenefit(java.util.Map.of());
    }

    /** The form for a new benefit, with some fields typed otherwise. */
    private MockHttpServletRequestBuilder newBenefit(java.util.Map<String, String> typed) {
        var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
        newBenefitFields().forEach((field, value) -> params.add(field, typed.getOrDefault(field, value)));
        return post(base).with(csrf()).params(params).param("leadsTo", spending.toString());
    }

    private java.util.Map<String, String> newBenefitFields() {
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("title", "Færre tomme tømminger");
        fields.put("type", "QUALITY");
        fields.put("quantitative", "true");
        fields.put("indicator", "Andel tomme tømminger");
        fields.put("unit", "prosent");
        fields.put("baselineValue", "35,5");
        fields.put("baselineOn", "2026-01-01");
        fields.put("targetValue", "10");
        fields.put("targetOn", "2027-06-30");
        fields.put("schedule", "MONTHLY");
        fields.put("owner", org.buyer().id().toString());
        return fields;
    }

    @Test
    void theTopLeaderSeesTheOrganisationsBenefitFiguresOnTheLeaderPageAndAnotherLeaderNotThem() throws Exception {
        String own = body(
                mvc.perform(get("/leader").with(user(org.leader().details()))).andExpect(status().isOk()));
        assertThat(own)
                .contains("Gevinstrealisering")
                .contains("<dt>Prosjekter med gevinstplan</dt>")
                .containsPattern("<dt>Prosjekter med gevinstplan</dt>\\s*<dd>1</dd>")
                .doesNotContain("har en gevinstplan ennå");

        ProjectFixtures.Org other = projects.municipality("Uten gevinstplan kommune");
        String others = body(
                mvc.perform(get("/leader").with(user(other.leader().details()))).andExpect(status().isOk()));
        assertThat(others).contains("har en gevinstplan ennå").doesNotContain("Prosjekter med gevinstplan");
    }

    @Test
    void theTeamAddsABenefitAndSeesItInTheOverviewAndOnTheMap() throws Exception {
        String location = mvc.perform(newBenefit().with(user(org.buyer().details())))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith(base + "/");

        String page =
                body(mvc.perform(get(base).with(user(org.buyer().details()))).andExpect(status().isOk()));
        assertThat(page)
                .contains("Færre tomme tømminger", "35,5\u00a0prosent", "Lavere kjørekostnader")
                .contains("role=\"img\"", "<title id=\"map-title\">", "<desc id=\"map-desc\">")
                .contains("Gevinst 2 (Færre tomme tømminger) fører til gevinst 1 (Lavere kjørekostnader)")
                .contains("href=\"" + base + "/new\"", "action=\"" + base + "/measurements\"")
                .contains("href=\"" + base + "\" aria-current=\"page\"");
    }

    @Test
    void aRefusedBenefitIsShownAgainWithTheErrorsNextToTheFields() throws Exception {
        ProjectFixtures.Org other = projects.municipality("Fremmedgevinst kommune");
        String page = body(mvc.perform(newBenefit(java.util.Map.of("title", "", "baselineValue", "mye"))
                        .with(user(org.buyer().details())))
                .andExpect(status().isUnprocessableContent()));
        assertThat(page)
                .contains("id=\"error-summary\"")
                .contains("id=\"title-error\"", "Skriv hva gevinsten er.")
                .contains("id=\"baselineValue-error\"", "Skriv et tall, for eksempel 12,5.")
                .contains("value=\"Andel tomme tømminger\"");
        String owner = body(mvc.perform(newBenefit()
                        .param("owner", other.buyer().id().toString())
                        .with(user(org.buyer().details())))
                .andExpect(status().isUnprocessableContent()));
        assertThat(owner).contains("id=\"owner-error\"", "Velg en gevinsteier fra prosjektets organisasjon.");
        assertThat(queries.plan(project, org.buyer().user()).benefits()).hasSize(1);
    }

    @Test
    void anEditFromAnOlderVersionIsAConflictThatKeepsWhatWasTyped() throws Exception {
        String edit = base + "/" + spending;
        assertThat(body(mvc.perform(get(edit + "/edit").with(user(org.buyer().details())))
                        .andExpect(status().isOk())))
                .contains("value=\"Lavere kjørekostnader\"", "value=\"1000000\"");
        mvc.perform(post(edit).with(csrf()).with(user(org.buyer().details())).params(form("Nytt navn", 0)))
                .andExpect(status().is3xxRedirection());
        String conflict = body(mvc.perform(post(edit)
                        .with(csrf())
                        .with(user(org.buyer().details()))
                        .params(form("Eldre navn", 0)))
                .andExpect(status().isConflict()));
        assertThat(conflict)
                .contains("Noen andre lagret en endring av gevinsten samtidig")
                .contains("value=\"Eldre navn\"", "name=\"version\" value=\"1\"");
        assertThat(queries.plan(project, org.buyer().user()).benefits().get(0).title())
                .isEqualTo("Nytt navn");
    }

    private org.springframework.util.MultiValueMap<String, String> form(String title, long version) {
        var params = new org.springframework.util.LinkedMultiValueMap<String, String>();
        params.add("title", title);
        params.add("type", "EFFICIENCY");
        params.add("quantitative", "true");
        params.add("priced", "true");
        params.add("plannedNok", "600 000");
        params.add("indicator", "Kjørekostnader");
        params.add("unit", "kr");
        params.add("baselineValue", "1000000");
        params.add("baselineOn", "2026-01-01");
        params.add("targetValue", "400000");
        params.add("targetOn", "2027-01-01");
        params.add("schedule", "QUARTERLY");
        params.add("owner", org.buyer().id().toString());
        params.add("version", String.valueOf(version));
        return params;
    }

    @Test
    void theTeamRecordsAMeasurementAndSeesTheChartWithTheSameNumbersInATable() throws Exception {
        String self = base + "/" + spending;
        mvc.perform(post(self + "/measurements")
                        .with(csrf())
                        .with(user(org.buyer().details()))
                        .param("value", "710 000")
                        .param("measuredOn", "2026-07-02")
                        .param("comment", "Første halvår"))
                .andExpect(status().is3xxRedirection());
        String page =
                body(mvc.perform(get(self).with(user(org.buyer().details()))).andExpect(status().isOk()));
        assertThat(page)
                .contains("<svg class=\"im-chart\" role=\"img\"", "<title id=\"chart-title\">")
                .contains("02.07.2026", "710\u00a0000\u00a0kr", "Første halvår")
                .contains("I rute", "290\u00a0000\u00a0kr realisert");

        String refused = body(mvc.perform(post(self + "/measurements")
                        .with(csrf())
                        .with(user(org.buyer().details()))
                        .param("value", "")
                        .param("measuredOn", LocalDate.now().plusYears(1).toString()))
                .andExpect(status().isUnprocessableContent()));
        assertThat(refused).contains("id=\"value-error\"", "Skriv verdien som ble målt.");
    }

    @Test
    void aFileWithABadRowIsRefusedWholeWithAnErrorPerRowInTheReadersLanguage() throws Exception {
        MockMultipartFile file = new MockMultipartFile(
                "file",
                "malinger.csv",
                "text/csv",
                "nytte;dato;verdi\n1;31.03.2026;850 000\n1;31.13.2026;800 000\n9;30.06.2026;tusen\n"
                        .getBytes(StandardCharsets.UTF_8));
        String page = body(mvc.perform(multipart(base + "/measurements")
                        .file(file)
                        .with(csrf())
                        .with(user(org.buyer().details())))
                .andExpect(status().isUnprocessableContent()));
        assertThat(page)
                .contains("Filen ble ikke lagret. Rett 3 feil")
                .contains("Linje 3, kolonne «dato»: «31.13.2026» er ikke en dato.")
                .contains("Linje 4, kolonne «nytte»: «9» er ikke en gevinst i planen")
                .contains("Linje 4, kolonne «verdi»: «tusen» er ikke et tall.");
        assertThat(queries.measurements(project, spending, org.buyer().user())).isEmpty();

        String english = body(mvc.perform(multipart(base + "/measurements")
                        .file(file)
                        .param("lang", "en")
                        .with(csrf())
                        .with(user(org.buyer().details())))
                .andExpect(status().isUnprocessableContent()));
        assertThat(english).contains("Line 3, column «dato»: «31.13.2026» is not a date.");

        MockMultipartFile good = new MockMultipartFile(
                "file",
                "malinger.csv",
                "text/csv",
                "nytte;dato;verdi\n1;31.03.2026;850 000\n1;30.06.2026;720000\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart(base + "/measurements")
                        .file(good)
                        .with(csrf())
                        .with(user(org.buyer().details())))
                .andExpect(status().is3xxRedirection());
        assertThat(queries.measurements(project, spending, org.buyer().user())).hasSize(2);
    }

    @Test
    void theReadersDownloadThePlanAsAPdf() throws Exception {
        for (var reader : List.of(org.buyer(), org.leader())) {
            var response = mvc.perform(get(base + "/plan.pdf").with(user(reader.details())))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse();
            assertThat(response.getContentType()).isEqualTo("application/pdf");
            assertThat(new String(response.getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1))
                    .isEqualTo("%PDF-");
        }
        ProjectFixtures.Org other = projects.municipality("Pdfløs kommune");
        mvc.perform(get(base + "/plan.pdf").with(user(other.buyer().details()))).andExpect(status().isNotFound());
    }

    @Test
    void theTeamOptsInToTheShowcaseWithAStory() throws Exception {
        mvc.perform(post(base + "/showcase")
                        .with(csrf())
                        .with(user(org.buyer().details()))
                        .param("show", "true"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(base + "/showcase")
                        .with(csrf())
                        .with(user(org.buyer().details()))
                        .param("show", "true")
                        .param("story", "Bilene kjører bare dit det trengs."))
                .andExpect(status().is3xxRedirection());
        assertThat(queries.plan(project, org.buyer().user()).showcased()).isTrue();
    }

    @Test
    void theLeaderAndAnAdviserReadWithoutForms() throws Exception {
        benefits.record(
                project,
                spending,
                new BigDecimal("800000"),
                LocalDate.of(2026, 4, 1),
                "",
                org.buyer().user());
        ProjectFixtures.Person adviser =
                projects.person(projects.company("Gevinstrådgivning side AS"), "Rolf Råd", Role.ADVISER);
        for (var reader : List.of(org.leader(), adviser)) {
            String page =
                    body(mvc.perform(get(base).with(user(reader.details()))).andExpect(status().isOk()));
            assertThat(page)
                    .contains("Lavere kjørekostnader")
                    .doesNotContain("href=\"" + base + "/new\"", "action=\"" + base + "/measurements\"");
            String benefit = body(mvc.perform(get(base + "/" + spending).with(user(reader.details())))
                    .andExpect(status().isOk()));
            assertThat(benefit).contains("800\u00a0000\u00a0kr").doesNotContain("name=\"measuredOn\"");
            mvc.perform(newBenefit().with(user(reader.details()))).andExpect(status().isForbidden());
            mvc.perform(get(base + "/new").with(user(reader.details()))).andExpect(status().isForbidden());
        }
    }

    @Test
    void anotherMunicipalityIsNotToldAndASupplierOrAnonymousVisitorIsRefused() throws Exception {
        ProjectFixtures.Org other = projects.municipality("Annengevinst kommune");
        ProjectFixtures.Person supplier =
                projects.person(projects.company("Gevinstleverandør AS"), "Siri Selger", Role.SUPPLIER);
        mvc.perform(get(base).with(user(other.buyer().details()))).andExpect(status().isNotFound());
        mvc.perform(get(base + "/" + spending).with(user(other.leader().details())))
                .andExpect(status().isNotFound());
        mvc.perform(newBenefit().with(user(other.buyer().details()))).andExpect(status().isNotFound());
        mvc.perform(get(base).with(user(supplier.details()))).andExpect(status().isForbidden());
        mvc.perform(get(base).accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        mvc.perform(get(base + "/" + BenefitId.random()).with(user(org.buyer().details())))
                .andExpect(status().isNotFound());
    }
}
