package no.innomotor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import no.innomotor.dialogue.AnnouncementSummary;
import no.innomotor.dialogue.DialogueQueries;
import no.innomotor.platform.DemoAccounts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Matchmaking and the dialogue log on the demo data: Sensorlab leaves and joins the matchmaking in place (htmx), and
 * the buyer reads both in the log, filters it and downloads it as PDF and XLSX. Every page and swap is checked with axe-core.
 */
class DialogueLogBrowserTests extends BrowserTest {

    static final String TITLE = "Markedsdialog: trygghet om natten for eldre som bor hjemme";

    @Autowired
    DialogueQueries dialogue;

    private String announcement() {
        return dialogue.published().stream()
                .filter(a -> a.title().equals(TITLE))
                .map(AnnouncementSummary::path)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aSupplierRejoinsTheMatchmakingInPlaceAndTheBuyerFindsItInTheLogAndItsPdf() throws Exception {
        String path = announcement();
        String offer = "Sensorlab søker fortsatt en partner som driver alarmsentral døgnet rundt i Bærum.";

        loginAs(DemoAccounts.SUPPLIER);
        visit(path);
        var section = page.locator("#matchmaking");
        assertThat(section).containsText(t("dialogue.matchmaking.joined"));
        section.getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions()
                                .setName(t("dialogue.matchmaking.leave"))
                                .setExact(true))
                .click();
        assertThat(page.locator("#matchmaking")).containsText(t("dialogue.flash.matchmakingLeft"));
        assertAccessible();
        fillField(t("dialogue.matchmaking.offer"), offer);
        chooseOption(t("dialogue.matchmaking.contact"), "Per Prototyp · per.prototyp@sensorlab.no");
        page.locator("#matchmaking")
                .getByRole(
                        AriaRole.BUTTON,
                        new com.microsoft.playwright.Locator.GetByRoleOptions()
                                .setName(t("dialogue.matchmaking.join"))
                                .setExact(true))
                .click();
        assertThat(page.locator("#matchmaking [data-partners]")).containsText(offer);
        assertAccessible();
        assertThat(page.url()).endsWith(path);
        logout();

        loginAs(DemoAccounts.BUYER);
        visit(path);
        followLink(t("dialogue.log.link"));
        assertThat(heading()).hasText(t("dialogue.log.heading"));
        assertThat(page.locator("[data-log]")).containsText(offer);
        chooseOption(t("dialogue.log.filter.kind"), t("dialogue.log.kind.matchmaking-left"));
        submit(t("dialogue.log.filter.submit"));
        assertThat(page.locator("[data-log] tbody tr")).hasCount(1);
        assertThat(page.locator("[data-log]")).containsText("Sensorlab AS");

        Download download = page.waitForDownload(() -> page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(t("dialogue.log.pdf"))
                                .setExact(true))
                .click());
        assertThat(download.suggestedFilename()).endsWith(".pdf").startsWith("dialoglogg");
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(TITLE, "Bærum kommune", offer, "Skriftlige innspill", "Sensorlab AS");
        }

        Download sheet = page.waitForDownload(() -> page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(t("dialogue.log.xlsx"))
                                .setExact(true))
                .click());
        assertThat(sheet.suggestedFilename()).endsWith(".xlsx");
        try (ReadableWorkbook workbook = new ReadableWorkbook(Files.newInputStream(sheet.path()))) {
            String lines =
                    workbook
                            .getSheets()
                            .filter(s -> s.getName().equals("Loggen"))
                            .findFirst()
                            .orElseThrow()
                            .read()
                            .stream()
                            .map(row -> row.getCellText(4))
                            .collect(java.util.stream.Collectors.joining("\n"));
            assertThat(lines).contains(offer);
        }
    }
}
