package no.innomotor.shared.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The shared PDF and spreadsheet writers, read back with PDFBox and fastexcel-reader. */
class SharedDocumentsTests {

    static final String NORWEGIAN = "Blåbærsyltetøy på Ærøy – Ćevapi, Sámi: čđŋšŧž";

    @Test
    void aPdfKeepsEveryCharacterItsMetadataAndNumbersItsPages() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            rows.add(List.of("Rad " + i, i % 2 == 0 ? NORWEGIAN : "Linje én\nLinje to"));
        }
        byte[] bytes = PdfDocument.titled("Vedtaksbrev for Åsane", Locale.forLanguageTag("nn"))
                .author("Øystein Ås")
                .subject("Prøve")
                .pageLabel("Side {0}")
                .facts(List.of(new PdfDocument.Fact("Søkjar", "Ærlig AS")))
                .heading("Grunngjeving")
                .paragraph(NORWEGIAN)
                .table(List.of("Nr.", "Tekst"), List.of(1f, 4f), rows)
                .toBytes();

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            assertThat(text)
                    .contains("Vedtaksbrev for Åsane", "Søkjar", "Ærlig AS", "Grunngjeving", NORWEGIAN)
                    .contains("Rad 119", "Linje én", "Side 1", "Side " + pdf.getNumberOfPages());
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Vedtaksbrev for Åsane");
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("Øystein Ås");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nn");
        }
    }

    @Test
    void aSpreadsheetHasAHeaderRowRealDatesNumbersAndText() throws Exception {
        Instant moment = Instant.parse("2026-12-06T13:05:00Z");
        byte[] bytes = XlsxDocument.titled("Nyttevurdering", "Kari")
                .sheet(
                        "Gevinster: 2027/28",
                        List.of(
                                new XlsxDocument.Column("Når", 18), new XlsxDocument.Column("Dato", 12),
                                new XlsxDocument.Column("Beløp", 12), new XlsxDocument.Column("Tekst", 40)),
                        List.of(
                                Arrays.asList(moment, LocalDate.of(2027, 1, 31), 1_250_000, NORWEGIAN),
                                Arrays.asList(null, null, null, "Tom rad")))
                .toBytes();

        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
            var sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("Gevinster  2027 28");
            List<Row> rows = sheet.read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Når");
            Row row = rows.get(1);
            assertThat(row.getCell(0).getType()).isEqualTo(CellType.NUMBER);
            assertThat(row.getCellAsDate(0)).hasValue(LocalDateTime.of(2026, 12, 6, 14, 5));
            assertThat(row.getCell(0).getDataFormatString()).isEqualTo("dd.mm.yyyy hh:mm");
            assertThat(row.getCellAsDate(1)).hasValue(LocalDateTime.of(2027, 1, 31, 0, 0));
            assertThat(row.getCell(1).getDataFormatString()).isEqualTo("dd.mm.yyyy");
            assertThat(row.getCellAsNumber(2))
                    .hasValueSatisfying(n -> assertThat(n.intValue()).isEqualTo(1_250_000));
            assertThat(row.getCellText(3)).isEqualTo(NORWEGIAN);
            assertThat(rows.get(2).getCellText(3)).isEqualTo("Tom rad");
        }
    }
}
