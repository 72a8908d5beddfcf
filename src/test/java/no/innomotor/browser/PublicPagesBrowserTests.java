package no.innomotor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicPagesBrowserTests extends BrowserTest {

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "/, nb, home.heading",
        "/, nn, home.heading",
        "/, en, home.heading",
        "/about, nb, about.title",
        "/about, nn, about.title",
        "/about, en, about.title",
        "/about/api, nb, api.title",
        "/about/api, nn, api.title",
        "/about/api, en, api.title",
        "/accessibility, nb, accessibility.title",
        "/accessibility, nn, accessibility.title",
        "/accessibility, en, accessibility.title",
        "/login, nb, login.title",
        "/login, nn, login.title",
        "/login, en, login.title"
    })
    void publicPageIsShownInTheLanguageAskedForWithoutAccessibilityViolations(
            String path, String lang, String headingKey) {
        assertThat(visit(path + "?lang=" + lang).status()).isEqualTo(200);

        assertThat(page.locator("html")).hasAttribute("lang", lang);
        assertThat(heading()).hasText(t(headingKey));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(t("layout.skipToContent"))))
                .hasAttribute("href", "#main");
    }

    @Test
    void theSkipLinkIsTheFirstTabStopAndTakesKeyboardFocusToTheMainContent() {
        visit("/about");
        Locator skipLink =
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(t("layout.skipToContent")));

        page.keyboard().press("Tab");
        assertThat(skipLink).isFocused();
        assertThat(skipLink).isVisible();
        assertThat(skipLink.boundingBox().width).isGreaterThan(20);

        page.keyboard().press("Enter");
        assertThat(page.locator("main")).isFocused();
        page.keyboard().press("Tab");
        assertThat(page.locator("main a").first()).isFocused();
    }

    @Test
    void switchingLanguageKeepsThePageAndIsRemembered() {
        visit("/about");
        assertThat(heading()).hasText("Om Innomotor");

        followLink("English");
        assertThat(page).hasURL(url("/about?lang=en"));
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(heading()).hasText("About Innomotor");

        visit("/accessibility");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(heading()).hasText(t("accessibility.title"));

        followLink("Nynorsk");
        assertThat(page).hasURL(url("/accessibility?lang=nn"));
        assertThat(page.locator("html")).hasAttribute("lang", "nn");
        assertThat(heading()).hasText(t("accessibility.title"));
    }
}
