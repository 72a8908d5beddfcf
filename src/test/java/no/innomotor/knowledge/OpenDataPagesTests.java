package no.innomotor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import no.innomotor.testing.InnomotorTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The public download page and its CSV files: Excel-ready UTF-8, no formula a spreadsheet would run. */
@InnomotorTest
class OpenDataPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectFixtures projects;

    @Test
    void anyoneOpensTheDownloadPageWithTheFilesLicenceAndFields() throws Exception {
        mvc.perform(get("/open-data"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/open-data/projects.csv")))
                .andExpect(content().string(Matchers.containsString("https://data.norge.no/nlod/no/2.0")))
                .andExpect(content().string(Matchers.containsString("benefit_titles")))
                .andExpect(content().string(Matchers.containsString("ocds-xxxxxx-")));
        mvc.perform(get("/open-data").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Open data on innovative procurement")));
    }

    @Test
    void theProjectsFileIsUtf8WithABomAndATitleThatLooksLikeAFormulaComesOutInert() throws Exception {
        ProjectFixtures.Org org = projects.municipality("Formelby kommune");
        ProjectId formula = projects.project(org, "=HYPERLINK(\"http://evil.example\";\"Æøå\")");
        projects.signedMandate(org, formula);
        ProjectId plus = projects.project(org, "+47 sensorer i Formelby");
        projects.signedMandate(org, plus);

        byte[] file = mvc.perform(get("/open-data/projects.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", Matchers.containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines.get(0)).startsWith("id;title;need;buyer_name;buyer_org_number;");
        String formulaLine = lines.stream()
                .filter(line -> line.startsWith(formula.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(formulaLine).contains(";\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"Æøå\"\")\";");
        assertThat(formulaLine).contains(";Formelby kommune;");
        assertThat(lines.stream().filter(line -> line.startsWith(plus.toString())))
                .singleElement()
                .satisfies(line -> assertThat(line).contains(";'+47 sensorer i Formelby;"));
        for (String line : lines) {
            for (String cell : line.split(";")) {
                assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
            }
        }
    }

    @Test
    void theStatisticsFileListsEveryTableAsRowsOfTableKeyAndValue() throws Exception {
        String text = mvc.perform(get("/open-data/statistics.csv"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFFtable;key;value\r\n");
        assertThat(text)
                .contains("\r\nby_step;1;")
                .contains("\r\nby_procedure;INNOVATION_PARTNERSHIP;")
                .contains("\r\ntime_per_step_median_days;1;")
                .contains("\r\ndialogue;registrations;")
                .contains("\r\nrisk_relief;granted_nok;")
                .contains("\r\nbenefits;realisation_rate;");
    }
}
