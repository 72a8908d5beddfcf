package no.innomotor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.innomotor.platform.DemoAccounts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a signed-in person sees when something goes wrong: a page in their language, never a stack trace. */
class ErrorPagesBrowserTests extends BrowserTest {

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"nb", "nn", "en"})
    void errorPagesExplainWhatHappenedInThePersonsLanguageWithoutTechnicalDetail(String lang) {
        loginAs(DemoAccounts.SUPPLIER);
        visit("/?lang=" + lang);

        expectErrorPage("/admin/audit", 403, lang);
        expectErrorPage("/test-errors/not-found", 404, lang);
        expectErrorPage("/test-errors/conflict", 409, lang);
        expectErrorPage("/test-errors/failure", 500, lang);
    }

    private void expectErrorPage(String path, int expectedStatus, String lang) {
        assertThat(visit(path).status()).isEqualTo(expectedStatus);

        assertThat(page.locator("html")).hasAttribute("lang", lang);
        assertThat(heading()).hasText(t("error." + expectedStatus + ".title"));
        assertThat(page.getByRole(AriaRole.MAIN)).containsText(t("error." + expectedStatus + ".text"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(t("error.backHome"))))
                .isVisible();
        assertThat(page.locator(".im-user__name")).hasText(DemoAccounts.SUPPLIER.name());
        String html = page.content();
        assertThat(html).doesNotContain(TestErrorEndpoints.SECRET, "Exception", "at no.innomotor", "at org.");
    }
}
