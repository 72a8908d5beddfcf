package no.innomotor.organisations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.util.regex.Pattern;
import no.innomotor.browser.BrowserTest;
import no.innomotor.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The profile page in a real browser against the running server: reached from the name in the header, accessible,
 * and a password change there signs the person out in their other browser.
 */
class ProfileBrowserTests extends BrowserTest {

    private static final String NEW_PASSWORD = "nytt-og-langt-passord";

    @Autowired
    OrganisationFixtures fixtures;

    private void signIn(Page tab, String email, String password) {
        tab.navigate(url("/login"));
        tab.getByLabel(t("login.email")).fill(email);
        tab.getByLabel(t("login.password")).fill(password);
        tab.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(t("login.submit")).setExact(true))
                .click();
        tab.waitForLoadState(LoadState.LOAD);
    }

    private void assertThatStatus(int expected) {
        org.assertj.core.api.Assertions.assertThat(status()).isEqualTo(expected);
    }

    @Test
    void aPasswordChangedOnTheProfileSignsThePersonOutInTheirOtherBrowser() {
        OrganisationSummary company = fixtures.organisation(OrganisationType.COMPANY, "Nettleser AS");
        PersonSummary person = fixtures.person("Nora Nettleser", company.id(), Role.SUPPLIER);

        signIn(page, person.email(), OrganisationFixtures.PASSWORD);
        followLink("Nora Nettleser");
        assertThat(heading()).hasText(t("organisations.profile.title"));
        assertThat(page.getByText(person.email())).isVisible();
        assertThat(page.getByText(t("organisations.profile.signIn.password"))).isVisible();

        fillField(t("organisations.field.currentPassword"), "ikke-passordet-mitt");
        fillField(t("organisations.field.newPassword"), NEW_PASSWORD);
        fillField(t("organisations.field.passwordConfirm"), NEW_PASSWORD);
        submit(t("organisations.profile.password.submit"));
        assertThatStatus(422);
        assertThat(page.locator("#currentPassword-error")).hasText(t("organisations.profile.password.currentWrong"));

        BrowserContext otherBrowser = page.context().browser().newContext();
        try {
            Page other = otherBrowser.newPage();
            signIn(other, person.email(), OrganisationFixtures.PASSWORD);
            other.navigate(url("/profile"));
            other.getByLabel(Pattern.compile("^" + t("organisations.field.currentPassword")))
                    .fill(OrganisationFixtures.PASSWORD);
            other.getByLabel(Pattern.compile("^" + t("organisations.field.newPassword")))
                    .fill(NEW_PASSWORD);
            other.getByLabel(Pattern.compile("^" + t("organisations.field.passwordConfirm")))
                    .fill(NEW_PASSWORD);
            other.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName(t("organisations.profile.password.submit"))
                                    .setExact(true))
                    .click();
            other.waitForLoadState(LoadState.LOAD);
            assertThat(other.getByRole(AriaRole.STATUS)).containsText(t("organisations.profile.password.done"));
        } finally {
            otherBrowser.close();
        }

        visit("/profile");
        assertThat(page).hasURL(url("/signed-out"));
        assertThat(heading()).hasText(t("organisations.signedOut.title"));
        assertThat(page.locator(".im-user__name")).hasCount(0);
    }
}
