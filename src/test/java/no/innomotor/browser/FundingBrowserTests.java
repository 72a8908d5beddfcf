package no.innomotor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import no.innomotor.platform.DemoAccounts;
import org.junit.jupiter.api.Test;

/**
 * Coordination of funding on the demo data: Kari records, on Bærum's fossil-free construction site, an instrument that
 * covers the same equipment as the application to Enova, reads the warning at the top (in bokmål and in English) and
 * removes the entry again; Ingrid opens Innovasjon Norge's portfolio from the menu. Every page is checked with axe-core.
 */
class FundingBrowserTests extends BrowserTest {

    private static final String INSTRUMENT = "Klimasats – fossilfri byggeplass";

    @Test
    void theTeamRecordsAnOverlappingInstrumentAndReadsTheWarning() {
        LocalDate start = LocalDate.now().plusMonths(12).withDayOfMonth(1);

        loginAs(DemoAccounts.BUYER);
        openFromMenu(t("projects.nav.projects"));
        followLink("Fossilfri byggeplass for nye Bekkestua skole");
        followLink(t("funding.subnav"));
        assertThat(heading()).hasText(t("funding.project.heading"));
        assertThat(page.locator("#entries")).containsText("Støtte til fossilfri anleggsplass");
        String funding = page.url().replaceFirst("^https?://[^/]+", "");

        submit(t("funding.new.submit"));
        assertThat(page.locator("#error-summary")).isVisible();
        assertThat(page.locator("#instrumentName-error")).hasText(t("funding.form.instrument.required"));

        fillField(t("funding.form.instrument"), INSTRUMENT);
        chooseOption(t("funding.form.actor"), t("funding.form.actor.other"));
        fillField(t("funding.form.actorName"), "Miljødirektoratet");
        chooseOption(t("funding.form.status"), t("funding.status.APPLIED"));
        fillField(t("funding.form.amountApplied"), "1 200 000");
        fillField(t("funding.form.periodStart"), start.toString());
        fillField(t("funding.form.periodEnd"), start.plusYears(1).minusDays(1).toString());
        page.getByLabel(
                        t("costCategory.EQUIPMENT"),
                        new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .check();
        submit(t("funding.new.submit"));

        assertThat(page.locator("[role=status]").first()).containsText(t("funding.flash.recorded"));
        Locator alert = page.locator("#warnings [role=alert]");
        assertThat(alert).containsText("Samme kostnad dekket to ganger");
        assertThat(alert).containsText("«" + INSTRUMENT + "» (Miljødirektoratet)");
        assertThat(alert).containsText("utstyr, materialer og lisenser");
        assertThat(page.locator("tr:has-text('" + INSTRUMENT + "')")).containsText("1\u00a0200\u00a0000\u00a0kr");

        visit(funding + "?lang=en");
        assertThat(page.locator("#warnings [role=alert]")).containsText("The same cost covered twice");
        visit(funding + "?lang=nb");

        page.locator("tr:has-text('" + INSTRUMENT + "') a[href$='/edit']").click();
        page.waitForLoadState();
        assertThat(heading()).hasText(t("funding.edit.heading"));
        submit(t("funding.remove.submit"));
        assertThat(page.locator("main")).not().containsText(INSTRUMENT);
        assertThat(page.locator("#warnings")).containsText(t("funding.warnings.none"));
    }

    @Test
    void theActorOpensItsPortfolio() {
        loginAs(DemoAccounts.INSTRUMENT);
        openFromMenu(t("funding.nav.portfolio"));
        assertThat(heading()).hasText(t("funding.portfolio.heading", "Innovasjon Norge"));
        assertThat(page.locator("#projects")).containsText("Trygghetssensorer for eldre som bor hjemme");
        assertThat(page.locator("#cofunders")).containsText("Norges forskningsråd");
    }
}
