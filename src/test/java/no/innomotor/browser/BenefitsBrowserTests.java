package no.innomotor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import no.innomotor.platform.DemoAccounts;
import org.junit.jupiter.api.Test;

/**
 * Benefit realisation on the demo data: Kari records a new baseline and a measurement of the fossil-free construction
 * site's emissions by form, uploads a file with a bad row (refused whole, each error shown), and opts the project in to
 * the public showcase, which an anonymous visitor then reads. Every page is checked with axe-core.
 */
class BenefitsBrowserTests extends BrowserTest {

    private static final String SITE = "Fossilfri byggeplass for nye Bekkestua skole";
    private static final String BENEFIT = "Lavere utslipp fra anleggsplassen";

    @Test
    void theTeamMeasuresUploadsAndShowsItsBenefitsPublicly() throws IOException {
        loginAs(DemoAccounts.BUYER);
        openFromMenu(t("projects.nav.projects"));
        followLink(SITE);
        followLink(t("benefits.subnav"));
        assertThat(heading()).hasText(t("benefits.overview.heading"));
        assertThat(page.locator("#overview")).containsText(BENEFIT);
        String overview = page.url().replaceFirst("^https?://[^/]+", "");

        followLink(BENEFIT);
        followLink(t("benefits.benefit.edit"));
        fillField(t("benefits.form.baselineValue"), "36,5");
        submit(t("form.save"));
        assertThat(page.locator("[role=status]").first()).containsText(t("benefits.flash.changed"));
        assertThat(page.locator("main")).containsText("36,5\u00a0tonn CO2e");

        fillField(t("benefits.measure.valueIn", "tonn CO2e"), "31,2");
        // Three months back, so the demo's monthly measurement stays due for the demo-data tests that share the
        // database.
        fillField(t("benefits.measure.date"), LocalDate.now().minusMonths(3).toString());
        fillField(t("benefits.measure.comment"), "Første måned med elektriske gravemaskiner");
        submit(t("benefits.measure.submit"));
        assertThat(page.locator("[role=status]").first()).containsText(t("benefits.flash.measured"));
        assertThat(page.locator("#measurements table")).containsText("31,2\u00a0tonn CO2e");
        assertThat(page.locator("#measurements svg[role=img] circle")).hasCount(1);

        visit(overview);
        Path csv = Files.createTempFile("malinger", ".csv");
        Files.writeString(
                csv,
                "nytte;dato;verdi;kommentar\n1;01.01.2026;30;ok\n1;31.02.2026;29;feil dato\n7;01.03.2026;tjue;\n",
                StandardCharsets.UTF_8);
        page.setInputFiles("#file", csv);
        submit(t("benefits.upload.submit"));
        assertThat(page.locator("#upload-errors")).containsText(t("benefits.upload.refused", 3));
        assertThat(page.locator("#upload-errors li[data-line='3']")).containsText("«dato»");
        assertThat(page.locator("#upload-errors li[data-line='4']").first()).containsText("«nytte»");

        visit(overview);
        page.getByLabel(t("benefits.showcase.show")).check();
        fillField(t("benefits.showcase.story"), "Byggeplassen går på strøm, og utslippene har falt allerede.");
        submit(t("benefits.showcase.save"));
        assertThat(page.locator("[role=status]").first()).containsText(t("benefits.flash.showcased"));

        logout();
        visit("/showcase");
        assertThat(heading()).hasText(t("showcase.heading"));
        followLink(SITE);
        assertThat(page.locator("main")).containsText("Byggeplassen går på strøm");
        assertThat(page.locator("main")).containsText("31,2\u00a0tonn CO2e");
        assertThat(page.locator("main")).not().containsText("Kari");
    }
}
