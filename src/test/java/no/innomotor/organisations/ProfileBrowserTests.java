package no.innomotor.organisations;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import no.innomotor.browser.BrowserTest;
import no.innomotor.shared.security.Role;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The profile page in a real browser against the running server: reached from the name in the header, accessible,
 * a password change there signs the person out in their other browser, and an access token made there works for the
 * API of the running server (and for nothing once revoked).
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

    @Test
    void aTokenCreatedOnTheProfileIsShownOnceAndWorksForTheApiOfTheRunningServer() throws Exception {
        OrganisationSummary company = fixtures.organisation(OrganisationType.COMPANY, "Nøkkel AS");
        PersonSummary person = fixtures.person("Nils Nokkel", company.id(), Role.SUPPLIER);
        signIn(page, person.email(), OrganisationFixtures.PASSWORD);
        assertThat(page.locator(".im-user__name")).hasText("Nils Nokkel");
        visit("/profile");
        assertThat(page.locator("#access-tokens")).hasText(t("organisations.tokens.heading"));

        submit(t("organisations.tokens.new.submit"));
        assertThatStatus(422);
        assertThat(page.locator("#tokenName-error")).hasText(t("organisations.tokens.name.required"));

        fillField(t("organisations.tokens.name"), "Integrasjon");
        chooseOption(t("organisations.tokens.scope"), t("organisations.tokens.scope.READ"));
        chooseOption(t("organisations.tokens.validFor"), t("organisations.tokens.validFor.days", 30));
        submit(t("organisations.tokens.new.submit"));
        assertThatStatus(200);
        String secret = page.locator("#new-token-secret").inputValue();
        Assertions.assertThat(secret).startsWith("inm_").hasSize(47);
        assertThat(page.getByText(t("organisations.tokens.secret.copyHint"))).isVisible();

        // The running server: the token reads the API without a session, and signs nobody in on a page.
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> api = http.send(
                HttpRequest.newBuilder(URI.create(url("/api/v1/projects")))
                        .header("Authorization", "Bearer " + secret)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Assertions.assertThat(api.statusCode()).isEqualTo(200);
        Assertions.assertThat(api.headers().firstValue("Set-Cookie")).isEmpty();
        HttpResponse<String> pageWithToken = http.send(
                HttpRequest.newBuilder(URI.create(url("/profile")))
                        .header("Authorization", "Bearer " + secret)
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Assertions.assertThat(pageWithToken.statusCode()).isEqualTo(302);
        Assertions.assertThat(pageWithToken.headers().firstValue("Location"))
                .hasValueSatisfying(location -> Assertions.assertThat(location).endsWith("/login"));

        visit("/profile");
        Assertions.assertThat(page.content()).doesNotContain(secret);
        assertThat(page.getByText(t("organisations.tokens.neverUsed"))).hasCount(0);
        submit(t("organisations.tokens.revoke.button", "Integrasjon"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(t("organisations.tokens.revoked"));
        HttpResponse<String> revoked = http.send(
                HttpRequest.newBuilder(URI.create(url("/api/v1/projects")))
                        .header("Authorization", "Bearer " + secret)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Assertions.assertThat(revoked.statusCode()).isEqualTo(401);
    }
}
