package no.innomotor.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import no.innomotor.dialogue.DialogueFixtures.Supplier;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectFixtures.Org;
import no.innomotor.testing.InnomotorTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dialogue log's page and its PDF and XLSX exports, from the team's side and from everyone else's; the files are
 * read back with other libraries (PDFBox, fastexcel-reader) than the ones that wrote them.
 */
@InnomotorTest
class DialogueLogPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectFixtures projects;

    @Autowired
    DialogueFixtures fixtures;

    @Autowired
    DialogueManagement dialogue;

    @Autowired
    DialogueQueries queries;

    Org buyer;
    AnnouncementId id;
    Supplier sensor;
    Supplier nordlys;

    static final String QUESTION = "Må sensorene kobles til kommunens eksisterende alarmmottak?";
    static final String ANSWER = "Ja, varsler går til kommunens eget alarmmottak.";
    static final String INPUT = "Vi har en radarbasert sensor uten kamera.\nPrisene våre er forretningshemmeligheter.";
    static final String OTHER_QUESTION = "Har boligene fast bredbånd, særlig på Østerås?";

    @BeforeEach
    void dialogue() {
        buyer = projects.municipality("Loggsider kommune");
        id = fixtures.published(buyer, "Trygghet om natten – Ærøy og Åsane");
        sensor = fixtures.supplier("Sensorlab Ødegård AS");
        nordlys = fixtures.supplier("Nordlys Æra AS");
        dialogue.register(
                id,
                List.of(new Participant("Siri Sensør", "siri@sensor.example")),
                sensor.person().user());
        QuestionId question = dialogue.ask(id, QUESTION, sensor.person().user());
        dialogue.answer(question, ANSWER, buyer.buyer().user());
        dialogue.sendInput(id, INPUT, sensor.person().user());
        fixtures.question(id, nordlys, OTHER_QUESTION);
    }

    private MockHttpServletResponse as(String path, ProjectFixtures.Person person) throws Exception {
        return mvc.perform(get(path).with(user(person.details()))).andReturn().getResponse();
    }

    @Test
    void theTeamReadsTheLogAsATableAndFiltersItByCompanyAndByKind() throws Exception {
        MockHttpServletResponse page = as("/announcements/" + id + "/log", buyer.buyer());
        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString();
        assertThat(html)
                .contains("<caption>Kontakt med leverandørene, eldste først</caption>")
                .contains("<th scope=\"col\">Når</th>")
                .contains("Spørsmål stilt", "Svar publisert til alle", "Skriftlig innspill sendt", "Interesse meldt")
                .contains("Sensorlab Ødegård AS", "Nordlys Æra AS", "Alle leverandører")
                .contains("Forretningshemmeligheter".toLowerCase(Locale.ROOT))
                .contains("href=\"/announcements/" + id + "/log.pdf\"")
                .contains("href=\"/announcements/" + id + "/log.xlsx\"")
                .containsPattern("\\d{2}\\.\\d{2}\\.\\d{4} kl\\. \\d{2}:\\d{2}");

        String onlyNordlys = as("/announcements/" + id + "/log?company=" + nordlys.company(), buyer.buyer())
                .getContentAsString();
        assertThat(onlyNordlys).contains(OTHER_QUESTION).doesNotContain("radarbasert");

        String onlyInput = as("/announcements/" + id + "/log?kind=input-sent", buyer.buyer())
                .getContentAsString();
        assertThat(onlyInput).contains("radarbasert").doesNotContain(OTHER_QUESTION);
        assertThat(onlyInput).contains("Én linje av");

        String announcement = as("/announcements/" + id, buyer.buyer()).getContentAsString();
        assertThat(announcement).contains("href=\"/announcements/" + id + "/log\"");
        String project = as(
                        "/projects/"
                                + queries.announcement(id, buyer.buyer().user()).project() + "/announcements",
                        buyer.buyer())
                .getContentAsString();
        assertThat(project).contains("href=\"/announcements/" + id + "/log\"");
    }

    @Test
    void noSupplierNoOtherBuyerAndNoLeaderReachesTheLogOrItsExports() throws Exception {
        Org other = projects.municipality("Fremmed loggby kommune");
        for (String path : List.of("/log", "/log.pdf", "/log.xlsx")) {
            String url = "/announcements/" + id + path;
            for (ProjectFixtures.Person person :
                    List.of(sensor.person(), nordlys.person(), other.buyer(), buyer.leader())) {
                MockHttpServletResponse response = as(url, person);
                assertThat(response.getStatus())
                        .as(url + " for " + person.email())
                        .isEqualTo(404);
                assertThat(response.getContentAsString()).doesNotContain("radarbasert", QUESTION, OTHER_QUESTION);
            }
            mvc.perform(get(url).accept(org.springframework.http.MediaType.TEXT_HTML))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/login"));
        }
        assertThat(as("/announcements/" + id, sensor.person()).getContentAsString())
                .doesNotContain("/log\"");
    }

    @Test
    void thePdfHoldsTheHeaderEveryLineAndAllInputWithTheNorwegianLetters() throws Exception {
        MockHttpServletResponse response = as("/announcements/" + id + "/log.pdf", buyer.buyer());
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .contains(".pdf")
                .doesNotContain("/", "\\");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");

        try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo("Dialoglogg: Trygghet om natten – Ærøy og Åsane");
            assertThat(pdf.getDocumentInformation().getAuthor()).isNotBlank();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nb");
            assertThat(text)
                    .contains("Dialoglogg: Trygghet om natten – Ærøy og Åsane")
                    .contains("Oppdragsgiver", "Loggsider kommune")
                    .contains("Prosjekt", "Prosjekt for Trygghet om natten")
                    .contains("Periode", "Laget av")
                    .contains("Side 1");
            for (LogLine line : queries.log(id, buyer.buyer().user())) {
                assertThat(text).contains(line.personName());
                if (line.text() != null) {
                    for (String part : line.text().split("\\s+")) {
                        assertThat(text).as(line.kind().code()).contains(part);
                    }
                }
            }
            assertThat(text)
                    .contains("Spørsmål og svar", "Skriftlige innspill")
                    .contains("Sensorlab Ødegård AS", "Nordlys Æra AS", "Siri Sensør")
                    .contains("forretningshemmeligheter", "Østerås");
        }
    }

    @Test
    void theSpreadsheetHoldsTheLogWithRealDatesAndTheQuestionsAndInputInFull() throws Exception {
        MockHttpServletResponse response = as("/announcements/" + id + "/log.xlsx", buyer.buyer());
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment;")
                .contains(".xlsx");

        List<LogLine> log = queries.log(id, buyer.buyer().user());
        try (ReadableWorkbook workbook = new ReadableWorkbook(
                new ByteArrayInputStream(response.getContentAsByteArray()), new ReadingOptions(true, false))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets)
                    .extracting(Sheet::getName)
                    .containsExactly("Dialoglogg", "Loggen", "Spørsmål og svar", "Skriftlige innspill");

            String header = sheets.get(0).read().stream()
                    .map(row -> row.getCellText(0) + "=" + row.getCellText(1))
                    .collect(Collectors.joining("\n"));
            assertThat(header)
                    .contains("Tittel=Trygghet om natten – Ærøy og Åsane")
                    .contains("Oppdragsgiver=Loggsider kommune")
                    .contains("Prosjekt=Prosjekt for Trygghet om natten – Ærøy og Åsane");

            List<Row> lines = sheets.get(1).read();
            assertThat(lines.get(0).getCellText(0)).isEqualTo("Når");
            assertThat(lines).hasSize(log.size() + 1);
            for (int i = 0; i < log.size(); i++) {
                Row row = lines.get(i + 1);
                LogLine line = log.get(i);
                assertThat(row.getCell(0).getType()).isEqualTo(CellType.NUMBER);
                assertThat(row.getCell(0).getDataFormatString()).isEqualTo("dd.mm.yyyy hh:mm");
                assertThat(row.getCellAsDate(0).map(date -> date.truncatedTo(ChronoUnit.SECONDS)))
                        .as("the moment in Norwegian time")
                        .hasValue(LocalDateTime.ofInstant(line.occurredAt(), no.innomotor.shared.NorwegianTime.ZONE)
                                .truncatedTo(ChronoUnit.SECONDS));
                assertThat(row.getCellText(3)).isEqualTo(line.personName());
                assertThat(row.getOptionalCell(4).map(c -> c.getText()).orElse(""))
                        .isEqualTo(line.text() == null ? "" : line.text());
            }
            String questions = sheets.get(2).read().stream()
                    .map(row -> row.getCellText(3) + " | " + row.getCellText(4))
                    .collect(Collectors.joining("\n"));
            assertThat(questions).contains(QUESTION + " | " + ANSWER).contains(OTHER_QUESTION);
            assertThat(sheets.get(3).read().get(1).getCellText(3)).isEqualTo(INPUT);
        }
    }

    @Test
    void theExportsFollowTheReadersLanguage() throws Exception {
        MockHttpServletResponse english = mvc.perform(get("/announcements/" + id + "/log.pdf")
                        .with(user(buyer.buyer().details()))
                        .param("lang", "en"))
                .andReturn()
                .getResponse();
        try (PDDocument pdf = Loader.loadPDF(english.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Dialogue log: ", "Contracting authority", "Written input", "Page 1");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
        MockHttpServletResponse nynorsk = mvc.perform(get("/announcements/" + id + "/log.xlsx")
                        .with(user(buyer.buyer().details()))
                        .param("lang", "nn"))
                .andReturn()
                .getResponse();
        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new ByteArrayInputStream(nynorsk.getContentAsByteArray()))) {
            assertThat(workbook.getSheets().map(Sheet::getName).toList()).contains("Skriftlege innspel");
        }
    }
}
