package no.innomotor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import no.innomotor.platform.DemoAccounts;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * Open data and analytics on the demo data: anyone opens the open-data page from the menu and downloads the projects'
 * CSV (in bokmål and English); the adviser opens the analytics and downloads a table as XLSX. Axe checks every page.
 */
class OpenDataBrowserTests extends BrowserTest {

    @Test
    void thePublicOpensTheOpenDataPageAndDownloadsTheProjects() throws Exception {
        visit("/?lang=nb");
        openFromMenu(t("opendata.nav"));
        assertThat(heading()).hasText(t("opendata.heading"));
        assertThat(page.locator("#fields-caption")).hasText(t("opendata.fields.caption"));

        Download csv = page.waitForDownload(() -> page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(t("opendata.files.projects"))
                                .setExact(true))
                .click());
        byte[] bytes = Files.readAllBytes(csv.path());
        String text = new String(bytes, StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(text).startsWith("\uFEFFid;title;need;buyer_name;");
        org.assertj.core.api.Assertions.assertThat(text).contains("Bærum kommune");

        visit("/open-data?lang=en");
        assertThat(heading()).hasText("Open data on innovative procurement");
        assertAccessible();
        visit("/open-data?lang=nb");
    }

    @Test
    void theAdviserOpensTheAnalyticsAndDownloadsATableAsXlsx() throws Exception {
        loginAs(DemoAccounts.ADVISER);
        openFromMenu(t("analytics.nav"));
        assertThat(heading()).hasText(t("analytics.heading"));
        assertThat(page.locator("#steps svg[role=img]")).isVisible();

        String caption = t("analytics.table.procedures");
        Download xlsx = page.waitForDownload(() -> page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(t("analytics.download.xlsx", caption))
                                .setExact(true))
                .click());
        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new ByteArrayInputStream(Files.readAllBytes(xlsx.path())))) {
            List<Row> rows = workbook.getFirstSheet().read();
            org.assertj.core.api.Assertions.assertThat(rows.get(0).getCellText(0))
                    .isEqualTo(t("analytics.column.procedure"));
            org.assertj.core.api.Assertions.assertThat(rows).hasSize(7);
        }
    }
}
