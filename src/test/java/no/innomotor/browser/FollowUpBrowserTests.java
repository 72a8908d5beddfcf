package no.innomotor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import no.innomotor.platform.DemoAccounts;
import org.junit.jupiter.api.Test;

/**
 * Supplier follow-up on the demo data: Per Rådgiver opens his overview, Sensorlab's plan and the form that starts
 * Helsetek's, answers Sara in the plan and gets a form error shown in place; Sara reads the plan and the answer from
 * her own way in. Every page is checked with axe-core.
 */
class FollowUpBrowserTests extends BrowserTest {

    @Test
    void theAdviserKeepsThePlanAndTheSupplierReadsIt() {
        String answer = "Vi tar personvernkravene på dialogmøtet i Sandvika, og jeg sender dere veilederen før det.";

        loginAs(DemoAccounts.ADVISER);
        openFromMenu(t("followup.nav.overview"));
        assertThat(page.locator("main")).containsText("Sensorlab AS");
        assertThat(page.locator("main")).containsText("Helsetek AS");
        String newPlan =
                page.locator("tr:has-text('Helsetek AS') a[href$='/plan/new']").getAttribute("href");
        String plan = page.locator("tr:has-text('Sensorlab AS') a[href^='/followup/plans/']")
                .getAttribute("href");
        visit(newPlan);
        assertThat(heading()).containsText("Helsetek AS");
        visit(plan);
        assertThat(page.locator("#comments")).containsText("Takk for kurset!");
        submit(t("followup.steps.submit"));
        assertThat(page.locator("#error-summary")).isVisible();
        fillField(t("followup.comments.text"), answer);
        submit(t("followup.comments.submit"));
        assertThat(page.locator("#comments")).containsText(answer);
        logout();

        loginAs(DemoAccounts.SUPPLIER);
        openFromMenu(t("followup.nav.mine"));
        assertThat(heading()).containsText("Sensorlab AS");
        assertThat(page.locator("#comments")).containsText(answer);
        assertThat(page.locator("main")).not().containsText(t("followup.activities.add"));
    }
}
