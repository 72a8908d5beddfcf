package no.innomotor.projects.web;

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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.projects.ProjectFilter;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectQueries;
import no.innomotor.projects.ProjectStatus;
import no.innomotor.projects.ProjectsManagement;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@InnomotorTest
class ProjectPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectsManagement projects;

    @Autowired
    ProjectQueries queries;

    @Autowired
    OrganisationsManagement organisations;

    @Autowired
    ProjectFixtures fixtures;

    ProjectFixtures.Org baerum;
    ProjectFixtures.Org other;
    ProjectFixtures.Person supplier;
    ProjectFixtures.Person adviser;

    @BeforeEach
    void setUp() {
        baerum = fixtures.municipality("Sidebærum kommune");
        other = fixtures.municipality("Sideandre kommune");
        supplier = fixtures.person(fixtures.company("Sensorbua AS"), "Sara Leverandør", Role.SUPPLIER);
        adviser = fixtures.person(fixtures.company("Rådgivning AS"), "Per Rådgiver", Role.ADVISER);
    }

    /** The create form filled in correctly, with some fields replaced: name, value, name, value … */
    private MockHttpServletRequestBuilder createForm(ProjectFixtures.Org org, String... replacements) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", "Trygghetssensorer i hjemmet");
        fields.put("need", "Eldre skal kunne bo trygt hjemme lenger.");
        fields.put("organisationId", org.id().toString());
        fields.put("estimatedValue", "1 500 000");
        fields.put("cpvCodes", "72212000, 33195000-4");
        fields.put("nutsCode", "NO081");
        fields.put("procedure", "INNOVATION_PARTNERSHIP");
        fields.put("teamMembers", org.leader().id().toString());
        for (int i = 0; i < replacements.length; i += 2) {
            fields.put(replacements[i], replacements[i + 1]);
        }
        MockHttpServletRequestBuilder request =
                post("/projects").with(csrf()).with(user(org.buyer().details()));
        fields.forEach(request::param);
        return request;
    }

    private long projectsOf(ProjectFixtures.Org org) {
        return queries.search(
                        new ProjectFilter(org.id(), null, null, null, null),
                        0,
                        100,
                        org.buyer().user())
                .total();
    }

    @Test
    void anonymousVisitorsAreSentToLoginFromEveryProjectPage() throws Exception {
        ProjectId id = fixtures.project(baerum, "Innloggingsprosjekt");
        for (String path : new String[] {
            "/projects",
            "/projects/new",
            "/projects/" + id,
            "/projects/" + id + "/edit",
            "/projects/" + id + "/steps/1",
            "/projects/" + id + "/mandate",
            "/projects/" + id + "/timeline",
            "/leader"
        }) {
            mvc.perform(get(path).accept(MediaType.TEXT_HTML))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/login"));
        }
    }

    @Test
    void aSupplierIsRefusedTheProjectPages() throws Exception {
        ProjectId id = fixtures.project(baerum, "Leverandørprosjekt");
        mvc.perform(get("/projects").with(user(supplier.details()))).andExpect(status().isForbidden());
        mvc.perform(get("/projects/" + id).with(user(supplier.details()))).andExpect(status().isForbidden());
        mvc.perform(get("/leader").with(user(supplier.details()))).andExpect(status().isForbidden());
        mvc.perform(post("/projects/" + id + "/pause").with(csrf()).with(user(supplier.details())))
                .andExpect(status().isForbidden());
    }

    @Test
    void theListShowsABuyerTheProjectsOfTheirOwnOrganisationOnly() throws Exception {
        fixtures.project(baerum, "Eget prosjekt i Sidebærum");
        fixtures.project(other, "Fremmed prosjekt i Sideandre");
        mvc.perform(get("/projects").with(user(baerum.buyer().details())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Eget prosjekt i Sidebærum"),
                                not(containsString("Fremmed prosjekt i Sideandre")),
                                containsString("<caption"),
                                containsString("href=\"/projects/new\""),
                                containsString("Du er her"))));
    }

    @Test
    void advisersSeeEveryProjectButCannotChangeAny() throws Exception {
        ProjectId id = fixtures.project(other, "Prosjekt som rådgiveren følger");
        mvc.perform(get("/projects").with(user(adviser.details())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Prosjekt som rådgiveren følger"),
                                not(containsString("href=\"/projects/new\"")))));
        mvc.perform(get("/projects/" + id).with(user(adviser.details())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("/edit\"")), not(containsString("/pause\"")))));
        mvc.perform(get("/projects/new").with(user(adviser.details()))).andExpect(status().isForbidden());
        mvc.perform(post("/projects/" + id + "/pause").with(csrf()).with(user(adviser.details())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/projects/" + id + "/edit").with(user(adviser.details())))
                .andExpect(status().isForbidden());
    }

    @Test
    void aBuyerOrLeaderOfAnotherOrganisationIsToldTheProjectDoesNotExist() throws Exception {
        ProjectId id = fixtures.project(baerum, "Hemmelig prosjekt");
        for (String path : new String[] {
            "/projects/" + id,
            "/projects/" + id + "/edit",
            "/projects/" + id + "/steps/1",
            "/projects/" + id + "/mandate",
            "/projects/" + id + "/timeline"
        }) {
            mvc.perform(get(path).with(user(other.buyer().details())))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString("Hemmelig prosjekt"))));
        }
        mvc.perform(get("/projects/" + id).with(user(other.leader().details()))).andExpect(status().isNotFound());
        mvc.perform(post("/projects/" + id + "/pause")
                        .with(csrf())
                        .with(user(other.buyer().details())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/projects/not-a-uuid").with(user(other.buyer().details())))
                .andExpect(status().isNotFound());
    }

    @Test
    void theProjectPageShowsTheRoadmapAsAnOrderedListWithEachStateInWords() throws Exception {
        ProjectId id = fixtures.project(baerum, "Veikartprosjekt");
        String page = mvc.perform(
                        get("/projects/" + id).with(user(baerum.buyer().details())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "<ol class=\"im-roadmap\"",
                        "Steg 1: Forankring",
                        "Pågår nå",
                        "Steg 8: Spredning og oppskalering",
                        "Ikke startet",
                        "Mandatet er ikke skrevet ennå.",
                        "Berit Innkjøper",
                        "2\u00a0500\u00a0000\u00a0kr",
                        "Du er her",
                        "href=\"/projects/" + id + "/edit\"",
                        "action=\"/projects/" + id + "/pause\"");
        assertThat(Pattern.compile("<h1[ >]").matcher(page).results().count()).isEqualTo(1);
    }

    @Test
    void aBuyerCreatesAProjectAndLandsOnItsPage() throws Exception {
        String location = mvc.perform(createForm(baerum))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/projects/[0-9a-f-]{36}");
        mvc.perform(get(location).param("lang", "en").with(user(baerum.buyer().details())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Trygghetssensorer i hjemmet"),
                                containsString("72212000"),
                                containsString("Programming services of application software"),
                                containsString("33195000"),
                                containsString("Patient-monitoring system"),
                                containsString("Division"),
                                containsString("1\u00a0500\u00a0000\u00a0kr"),
                                containsString("Lars Leder"),
                                containsString("Innovation partnership"))));
    }

    @Test
    void anEmptyTitleIsShownNextToTheFieldAndNothingIsSaved() throws Exception {
        long before = projectsOf(baerum);
        mvc.perform(createForm(baerum, "title", ""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(allOf(
                                containsString("Skriv en tittel."),
                                containsString("id=\"title-error\""),
                                containsString("href=\"#title\""),
                                containsString("Eldre skal kunne bo trygt hjemme lenger."))));
        assertThat(projectsOf(baerum)).isEqualTo(before);
    }

    @Test
    void anOversizedTitleIsRefused() throws Exception {
        mvc.perform(createForm(baerum, "title", "x".repeat(201)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Tittelen kan ha høyst 200 tegn.")));
    }

    @Test
    void anUnknownCpvCodeIsRefusedNextToTheFieldInTheUsersLanguage() throws Exception {
        long before = projectsOf(baerum);
        mvc.perform(createForm(baerum, "cpvCodes", "72000000, 99999999"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"cpvCodes-error\""),
                                containsString("Finnes ikke i CPV: 99999999"))));
        mvc.perform(createForm(baerum, "cpvCodes", "99999999", "lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Not in CPV: 99999999")));
        assertThat(projectsOf(baerum)).isEqualTo(before);
    }

    @Test
    void aNegativeOrNonNumericValueIsRefused() throws Exception {
        mvc.perform(createForm(baerum, "estimatedValue", "-100"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(allOf(
                                containsString("Beløpet kan ikke være negativt."),
                                containsString("id=\"estimatedValue-error\""))));
        mvc.perform(createForm(baerum, "estimatedValue", "mange penger"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv et helt antall kroner")));
    }

    @Test
    void checkingTheCodesShowsLabelsAndPathsWithoutSaving() throws Exception {
        long before = projectsOf(baerum);
        mvc.perform(createForm(baerum, "title", "", "action", "checkCpv", "lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("The codes are checked"),
                                containsString("Programming services of application software"),
                                containsString("IT services: consulting, software development, Internet and support"),
                                containsString("Division"),
                                containsString("Group"),
                                not(containsString("Enter a title.")))));
        assertThat(projectsOf(baerum)).isEqualTo(before);
    }

    @Test
    void onlyBuyersGetTheNewProjectFormAndOnlyForTheirOwnOrganisation() throws Exception {
        mvc.perform(get("/projects/new").with(user(baerum.buyer().details())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("name=\"cpvCodes\""),
                                containsString("hx-get=\"/reference/cpv\""),
                                containsString("role=\"listbox\""),
                                containsString("Lars Leder"),
                                containsString("Sidebærum kommune"),
                                not(containsString("Sideandre kommune")))));
        mvc.perform(get("/projects/new").with(user(baerum.leader().details()))).andExpect(status().isForbidden());
        mvc.perform(createForm(baerum, "organisationId", other.id().toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Du kan bare opprette prosjekter")));
        mvc.perform(createForm(baerum, "teamMembers", other.buyer().id().toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Teamet kan bare ha medlemmer")));
    }

    @Test
    void theEditFormShowsTheAmountInNorwegianAndTakesItBackAsShown() throws Exception {
        ProjectId id = fixtures.project(baerum, "Beløpsprosjekt");
        String form = mvc.perform(get("/projects/" + id + "/edit")
                        .with(user(baerum.buyer().details())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"2\u00a0500\u00a0000\"")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(form);
        assertThat(version.find()).isTrue();

        mvc.perform(post("/projects/" + id + "/edit")
                        .with(csrf())
                        .with(user(baerum.buyer().details()))
                        .param("version", version.group(1))
                        .param("title", "Beløpsprosjekt")
                        .param("need", "Behov")
                        .param("estimatedValue", "3\u00a0000\u00a0000")
                        .param("cpvCodes", "72000000")
                        .param("nutsCode", "NO081")
                        .param("procedure", "DESIGN_CONTEST")
                        .param("teamMembers", baerum.buyer().id().toString()))
                .andExpect(redirectedUrl("/projects/" + id));
        assertThat(queries.get(id, baerum.buyer().user()).estimatedValue().kroner())
                .isEqualTo(3_000_000L);
    }

    @Test
    void editingTheFactsRefusesAStaleVersionAndKeepsWhatWasTyped() throws Exception {
        ProjectId id = fixtures.project(baerum, "Redigeringsprosjekt");
        String form = mvc.perform(get("/projects/" + id + "/edit")
                        .with(user(baerum.buyer().details())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(form);
        assertThat(version.find()).isTrue();
        String seen = version.group(1);

        mvc.perform(post("/projects/" + id + "/edit")
                        .with(csrf())
                        .with(user(baerum.buyer().details()))
                        .param("version", seen)
                        .param("title", "Første endring")
                        .param("need", "Behov")
                        .param("estimatedValue", "10")
                        .param("cpvCodes", "72000000")
                        .param("nutsCode", "NO081")
                        .param("procedure", "DESIGN_CONTEST")
                        .param("teamMembers", baerum.buyer().id().toString()))
                .andExpect(redirectedUrl("/projects/" + id));
        mvc.perform(post("/projects/" + id + "/edit")
                        .with(csrf())
                        .with(user(baerum.buyer().details()))
                        .param("version", seen)
                        .param("title", "Andre endring")
                        .param("need", "Behov")
                        .param("estimatedValue", "10")
                        .param("cpvCodes", "72000000")
                        .param("nutsCode", "NO081")
                        .param("procedure", "DESIGN_CONTEST")
                        .param("teamMembers", baerum.buyer().id().toString()))
                .andExpect(status().isConflict())
                .andExpect(content()
                        .string(allOf(
                                containsString("Noen andre endret prosjektet"),
                                containsString("value=\"Andre endring\""))));
        assertThat(queries.get(id, baerum.buyer().user()).title()).isEqualTo("Første endring");
    }

    @Test
    void pausingResumingAndStoppingWithAReason() throws Exception {
        ProjectId id = fixtures.project(baerum, "Pauseprosjekt");
        mvc.perform(post("/projects/" + id + "/pause")
                        .with(csrf())
                        .with(user(baerum.leader().details())))
                .andExpect(redirectedUrl("/projects/" + id));
        mvc.perform(get("/projects/" + id).with(user(baerum.buyer().details())))
                .andExpect(content().string(containsString("Prosjektet er satt på pause.")));
        mvc.perform(post("/projects/" + id + "/resume")
                        .with(csrf())
                        .with(user(baerum.buyer().details())))
                .andExpect(redirectedUrl("/projects/" + id));
        mvc.perform(post("/projects/" + id + "/stop")
                        .with(csrf())
                        .with(user(baerum.buyer().details()))
                        .param("reason", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skriv hvorfor prosjektet stoppes.")));
        assertThat(queries.get(id, baerum.buyer().user()).status()).isEqualTo(ProjectStatus.ACTIVE);
        mvc.perform(post("/projects/" + id + "/stop")
                        .with(csrf())
                        .with(user(baerum.buyer().details()))
                        .param("reason", "Markedet har allerede en løsning."))
                .andExpect(redirectedUrl("/projects/" + id));
        mvc.perform(get("/projects/" + id).with(user(baerum.buyer().details())))
                .andExpect(content()
                        .string(allOf(
                                containsString("Prosjektet er stoppet"),
                                containsString("Markedet har allerede en løsning."))));
        mvc.perform(post("/projects/" + id + "/resume")
                        .with(csrf())
                        .with(user(baerum.buyer().details())))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Bare et prosjekt på pause kan gjenopptas.")));
    }

    @Test
    void theTimelineTellsWhatHappenedAndWho() throws Exception {
        ProjectId id = fixtures.project(baerum, "Tidslinjeside");
        projects.pause(id, baerum.leader().user());
        mvc.perform(get("/projects/" + id + "/timeline")
                        .with(user(baerum.buyer().details())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Prosjektet ble opprettet"),
                                containsString("Prosjektet ble satt på pause"),
                                containsString("Opprettet prosjektet «Tidslinjeside» (Innovasjonspartnerskap), "
                                        + "anslått verdi 2\u00a0500\u00a0000\u00a0kr, CPV 72000000"),
                                containsString("Satt på pause i steg 1 (Forankring)"),
                                not(containsString("NOK")),
                                not(containsString("ProjectCreated")),
                                containsString("Berit Innkjøper"),
                                containsString("Lars Leder"),
                                containsString("<ol class=\"im-timeline\">"))));
    }

    @Test
    void theNavigationOffersProjectsToBuyersAndTheLeaderPageToTopLeaders() throws Exception {
        mvc.perform(get("/").with(user(baerum.buyer().details())))
                .andExpect(content()
                        .string(allOf(containsString("href=\"/projects\""), not(containsString("href=\"/leader\"")))));
        mvc.perform(get("/").with(user(baerum.leader().details())))
                .andExpect(content()
                        .string(allOf(containsString("href=\"/projects\""), containsString("href=\"/leader\""))));
        mvc.perform(get("/").with(user(supplier.details())))
                .andExpect(content()
                        .string(allOf(
                                not(containsString("href=\"/projects\"")), not(containsString("href=\"/leader\"")))));
    }

    @Test
    void theListFiltersByFreeTextInNorwegianAndByStep() throws Exception {
        fixtures.project(baerum, "Innovative anskaffelser i helse");
        fixtures.project(baerum, "Snørydding med droner");
        mvc.perform(get("/projects")
                        .param("q", "anskaffelse")
                        .with(user(baerum.buyer().details())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Innovative anskaffelser i helse"),
                                not(containsString("Snørydding med droner")))));
        mvc.perform(get("/projects")
                        .param("step", "NEEDS_ASSESSMENT")
                        .with(user(baerum.buyer().details())))
                .andExpect(content()
                        .string(allOf(
                                not(containsString("Innovative anskaffelser i helse")),
                                containsString("Ingen prosjekter funnet"))));
    }
}
