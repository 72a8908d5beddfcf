package no.innomotor.knowledge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import no.innomotor.knowledge.OpenDataFixtures;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The analytics dashboard from both sides: advisers and administrators see every project, a top leader their own
 * organisation's, buyers, suppliers and anonymous visitors nothing; each table downloads as CSV and XLSX, inert to
 * formulas.
 */
@InnomotorTest
class AnalyticsPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OpenDataFixtures fixtures;

    @Autowired
    ProjectFixtures projects;

    @Autowired
    no.innomotor.knowledge.CaseFixtures cases;

    @Autowired
    no.innomotor.knowledge.SolutionManagement solutions;

    OpenDataFixtures.World world;
    ProjectFixtures.Person adviser;

    @BeforeEach
    void world() {
        world = fixtures.world("Analyseby kommune");
        adviser = projects.person(projects.company("Analyse rådgivning AS"), "Ruth Rådgiver", Role.ADVISER);
    }

    @Test
    void anAdviserSeesEveryTableWithItsChartAndDownloads() throws Exception {
        mvc.perform(get("/analytics").with(user(adviser.details())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Prosjekter per steg")))
                .andExpect(content().string(Matchers.containsString("Tid per steg (median, dager)")))
                .andExpect(content().string(Matchers.containsString("Innvilget risikoavlastning")))
                .andExpect(content().string(Matchers.containsString("Gevinstrealisering")))
                .andExpect(content().string(Matchers.containsString("role=\"img\"")))
                .andExpect(content().string(Matchers.containsString("/analytics/table.xlsx?table=procedures")))
                .andExpect(content().string(Matchers.containsString("også utkast")))
                .andExpect(content().string(Matchers.containsString("Adopsjoner av løsninger")));
    }

    @Test
    void aTopLeaderSeesTheirOwnOrganisationsProjectsOnly() throws Exception {
        String page = mvc.perform(
                        get("/analytics").with(user(world.org().leader().details())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        // Three projects: the signed one, the draft and the one in market dialogue.
        assertThat(page).contains("Tallene gjelder de 3 prosjektene i virksomheten du leder.");
    }

    @Test
    void aTopLeaderCountsTheAdoptionsOfTheirOwnProjectsSolutionsAndAnotherLeaderNone() throws Exception {
        ProjectFixtures.Org origin = projects.municipality("Spredning kommune");
        ProjectFixtures.Org adopter = projects.municipality("Etterbruk kommune");
        no.innomotor.knowledge.CaseId published = cases.published(origin, "Digital vannmåler i Spredning");
        no.innomotor.knowledge.SolutionId solution =
                cases.listed(origin, cases.projectOf(published), "Vannmåleren fra Spredning");
        solutions.adopt(
                solution,
                adopter.id(),
                no.innomotor.knowledge.AdoptionKind.JOINT_PROCUREMENT,
                java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo")),
                adopter.buyer().user());

        String own = adoptionsCsv(origin.leader());
        String other = adoptionsCsv(adopter.leader());
        org.assertj.core.api.Assertions.assertThat(own).contains("Adopsjoner av løsninger;1");
        org.assertj.core.api.Assertions.assertThat(other).contains("Adopsjoner av løsninger;0");
    }

    private String adoptionsCsv(ProjectFixtures.Person leader) throws Exception {
        return new String(
                mvc.perform(get("/analytics/table.csv")
                                .param("table", "adoptions")
                                .with(user(leader.details())))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray(),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void buyersSuppliersAndAnonymousVisitorsAreRefused() throws Exception {
        mvc.perform(get("/analytics").with(user(world.org().buyer().details()))).andExpect(status().isForbidden());
        mvc.perform(get("/analytics/table.csv")
                        .with(user(world.supplier().person().details())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/analytics")).andExpect(status().isUnauthorized());
        mvc.perform(get("/analytics/table.xlsx")).andExpect(status().isUnauthorized());
    }

    @Test
    void aTableDownloadsAsCsvAndAsXlsxAndAnUnknownTableIsNotFound() throws Exception {
        byte[] csv = mvc.perform(
                        get("/analytics/table.csv").param("table", "steps").with(user(adviser.details())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith("text/csv")))
                .andExpect(header().string("Cache-Control", "private, no-store"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFSteg;Prosjekter\r\n1 Forankring;");

        byte[] xlsx = mvc.perform(get("/analytics/table.xlsx")
                        .param("table", "risk-relief")
                        .param("lang", "en")
                        .with(user(adviser.details())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString(".xlsx")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Figure");
            assertThat(rows.get(3).getCellText(0)).isEqualTo("Granted in kroner");
            assertThat(rows.get(3).getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(rows.get(3).getCellAsNumber(1).orElseThrow().longValue()).isGreaterThanOrEqualTo(400_000);
        }

        mvc.perform(get("/analytics/table.csv").param("table", "nothing").with(user(adviser.details())))
                .andExpect(status().isNotFound());
    }

    @Test
    void aLabelThatLooksLikeAFormulaComesOutInertInCsvAndXlsx() throws Exception {
        AnalyticsTable table = new AnalyticsTable(
                "counties",
                "=Fylker",
                List.of("=Navn", "Prosjekter"),
                List.of(new AnalyticsTable.Row("=HYPERLINK(\"http://evil.example\";\"klikk\")", Arrays.asList(3L))),
                true);

        String csv = new String(AnalyticsPages.csv(table), StandardCharsets.UTF_8);
        assertThat(csv)
                .contains("'=Navn;Prosjekter")
                .contains("\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"klikk\"\")\";3");

        try (ReadableWorkbook workbook = new ReadableWorkbook(
                new ByteArrayInputStream(AnalyticsPages.xlsx(table, "Ruth Rådgiver")),
                new ReadingOptions(true, false))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(1).getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(rows.get(1).getCell(0).getFormula()).isNull();
            assertThat(rows.get(1).getCellText(0)).isEqualTo("=HYPERLINK(\"http://evil.example\";\"klikk\")");
            assertThat(rows.get(0).getCell(0).getType()).isEqualTo(CellType.STRING);
        }
    }
}
