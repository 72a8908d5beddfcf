package no.innomotor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.innomotor.platform.DemoAccounts;
import org.junit.jupiter.api.Test;

class SignInBrowserTests extends BrowserTest {

    @Test
    void aDemoBuyerSignsInSeesNameOrganisationAndRoleInTheHeaderAndSignsOut() {
        loginAs(DemoAccounts.BUYER);

        assertThat(page).hasURL(url("/"));
        Locator header = page.getByRole(AriaRole.BANNER);
        assertThat(header.locator(".im-user__name")).hasText("Kari Innkjøper");
        assertThat(header.locator(".im-user__org")).containsText("Bærum kommune");
        assertThat(header.locator(".im-user__org .ds-tag")).hasText(t("role.BUYER"));

        logout();
        assertThat(page).hasURL(url("/?loggedOut"));
        assertThat(page.getByText("Kari Innkjøper")).hasCount(0);
    }

    @Test
    void aWrongPasswordShowsTheErrorAndKeepsThePersonSignedOut() {
        visit("/login");
        fillField(t("login.email"), DemoAccounts.JURY.email());
        fillField(t("login.password"), "not-the-password");
        submit(t("login.submit"));

        assertThat(page).hasURL(url("/login?error"));
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(t("login.error"));
        assertThat(page.locator(".im-user__name")).hasCount(0);
    }

    @Test
    void anAdministratorSignsInInEnglish() {
        visit("/login?lang=en");
        fillField("E-mail address", DemoAccounts.ADMIN.email());
        fillField("Password", DemoAccounts.PASSWORD);
        submit("Sign in");

        assertThat(page.locator(".im-user__name")).hasText("Ada Admin");
        assertThat(page.getByRole(AriaRole.BANNER).locator(".ds-tag")).hasText("Administrator");
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main menu"))
                        .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Audit log")))
                .isVisible();
    }
}
