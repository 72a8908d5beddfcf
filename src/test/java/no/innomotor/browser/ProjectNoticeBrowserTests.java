package no.innomotor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import no.innomotor.platform.DemoAccounts;
import org.junit.jupiter.api.Test;

/** Journey 2's last step: the buyer downloads the eForms notice that announces the market dialogue. */
class ProjectNoticeBrowserTests extends BrowserTest {

    static final String SENSORS = "Trygghetssensorer for eldre som bor hjemme";

    private void openSensorNotice() {
        loginAs(DemoAccounts.BUYER);
        openFromMenu(t("projects.nav.projects"));
        followLink(SENSORS);
        followLink(t("projects.step.notice.open"));
        assertThat(heading()).hasText(t("projects.notice.heading"));
    }

    @Test
    void theBuyerDownloadsTheDemoProjectsNoticeFromTheProjectPage() throws Exception {
        openSensorNotice();
        assertThat(page.locator("#notice-checklist")).containsText(t("projects.notice.checklist.empty"));

        Download download = page.waitForDownload(() -> page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName(t("projects.notice.export.submit"))
                                .setExact(true))
                .click());

        assertThat(download.suggestedFilename()).startsWith("eforms-4-").endsWith(".xml");
        String xml = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(xml)
                .contains(
                        "<cbc:SubTypeCode listName=\"notice-subtype\">4</cbc:SubTypeCode>",
                        "Markedsdialog om trygghetssensorer for eldre som bor hjemme",
                        "935478715");
    }

    @Test
    void aMistypedAddressIsShownInPlaceWithoutLeavingThePageAndNothingIsSaved() {
        openSensorNotice();
        Locator email = field(t("projects.notice.contactEmail"));
        String saved = email.inputValue();
        email.fill("kari@kommune");
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName(t("projects.notice.save"))
                                .setExact(true))
                .click();

        Locator error = page.locator("#contactEmail-error");
        assertThat(error).hasText(t("projects.notice.contactEmail.invalid"));
        assertThat(page.locator(".ds-error-summary")).isFocused();
        assertThat(email).hasAttribute("aria-invalid", "true");
        assertThat(heading()).hasText(t("projects.notice.heading"));
        assertAccessible();

        visit(page.url());
        assertThat(field(t("projects.notice.contactEmail"))).hasValue(saved);
    }

    @Test
    void aNoticeWithGapsListsThemAsLinksToTheFieldsAndTheLeaderReadsWithoutAForm() {
        loginAs(DemoAccounts.BUYER);
        openFromMenu(t("projects.nav.projects"));
        followLink("Fossilfri byggeplass for nye Bekkestua skole");
        visit(page.url() + "/notice");
        assertThat(page.locator("#notice-checklist")).containsText(t("notices.export.checklist.title"));
        page.locator("#notice-checklist")
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(t("notices.export.check.contact-email-missing")))
                .click();
        assertThat(field(t("projects.notice.contactEmail"))).isInViewport();
        assertThat(page.getByRole(
                        AriaRole.BUTTON, new Page.GetByRoleOptions().setName(t("projects.notice.export.submit"))))
                .hasCount(0);
        String notice = page.url().replaceAll("#.*$", "");
        logout();

        loginAs(DemoAccounts.LEADER);
        visit(notice);
        assertThat(page.locator("main")).containsText(t("projects.notice.readOnlyRole"));
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(t("projects.notice.save"))))
                .hasCount(0);
    }
}
