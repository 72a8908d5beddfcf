package no.innomotor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.innomotor.platform.DemoAccounts;
import org.junit.jupiter.api.Test;

class AuditLogBrowserTests extends BrowserTest {

    @Test
    void theAdministratorOpensTheAuditLogFromTheMenuAndNarrowsItToOneOrganisation() {
        loginAs(DemoAccounts.ADMIN);
        openFromMenu(t("audit.nav"));

        assertThat(heading()).hasText(t("audit.title"));
        Locator table = page.getByRole(AriaRole.TABLE);
        int everything = rows().count();
        assertThat(everything)
                .as("the demo data alone leaves more than ten entries")
                .isGreaterThan(10);
        assertThat(table.locator("caption")).containsText(" 1–" + everything + " ");

        chooseOption(t("audit.filter.organisation"), "Bærum kommune");
        submit(t("audit.filter.submit"));

        // Bærum's own records may name the companies in its market dialogue; another buyer's never.
        assertThat(table).not().containsText("Trondheim kommune");
        assertThat(rows().count()).isPositive();
        for (Locator organisationCell : rows().locator("td:nth-child(3)").all()) {
            assertThat(organisationCell).hasText("Bærum kommune");
        }
        assertThat(field(t("audit.filter.organisation")))
                .hasValue(page.url().replaceAll(".*organisation=([^&]+).*", "$1"));
    }

    @Test
    void anImpossibleDateIsExplainedNextToTheFieldAndTheSummaryLinksToIt() {
        loginAs(DemoAccounts.ADMIN);
        visit("/admin/audit");
        fillField(t("audit.filter.from"), "30.02.2026");
        submit(t("audit.filter.submit"));

        assertThat(status()).isEqualTo(422);
        Locator from = field(t("audit.filter.from"));
        assertThat(from).hasAttribute("aria-invalid", "true");
        assertThat(from).hasValue("30.02.2026");
        assertThat(page.locator("#from-error")).hasText(t("audit.filter.from.invalid"));
        assertThat(page.getByRole(AriaRole.TABLE)).hasCount(0);

        Locator summary = page.locator(".ds-error-summary");
        assertThat(summary).isFocused();
        summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(t("audit.filter.from.invalid")))
                .click();
        assertThat(from).isFocused();
    }

    @Test
    void aBuyerIsNotShownTheAuditLogAndIsRefusedAtItsAddress() {
        loginAs(DemoAccounts.BUYER);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(t("audit.nav"))))
                .hasCount(0);

        visit("/admin/audit");

        assertThat(status()).isEqualTo(403);
        assertThat(heading()).hasText(t("error.403.title"));
    }

    private Locator rows() {
        return page.getByRole(AriaRole.TABLE).locator("tbody tr");
    }
}
