package no.innomotor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import no.innomotor.dialogue.AnnouncementSummary;
import no.innomotor.dialogue.DialogueQueries;
import no.innomotor.platform.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The one-to-one meetings on the demo data: Bærum's team sees its planner with Sensorlab's booking and publishes more
 * slots through the form (an unreadable time first, shown next to its field), Sensorlab sees its own meeting with its
 * calendar file. Every page is checked with axe-core.
 */
class MeetingsBrowserTests extends BrowserTest {

    @Autowired
    DialogueQueries dialogue;

    private String announcement() {
        return dialogue.published().stream()
                .filter(a -> a.title().equals(MarketDialogueBrowserTests.TITLE))
                .map(AnnouncementSummary::path)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theTeamPlansMeetingsAndTheSupplierSeesItsOwnBooking() {
        String path = announcement();

        loginAs(DemoAccounts.BUYER);
        visit(path);
        assertThat(page.locator("#meetings")).containsText("Sensorlab AS");
        assertThat(page.locator("#meetings")).containsText(t("dialogue.meetings.role.NOTE_TAKER"));
        followLink(t("dialogue.meetings.add"));
        assertThat(heading()).hasText(t("dialogue.meetings.form.heading"));
        fillField(t("dialogue.meetings.form.times"), "halv ni");
        fillField(t("dialogue.meetings.form.place"), "Digitalt, lenke sendes ut dagen før");
        chooseOption(t("dialogue.meetings.role.NOTE_TAKER"), DemoAccounts.BUYER.name());
        submit(t("dialogue.meetings.form.submit"));
        assertThat(page.locator("#error-summary")).containsText(t("dialogue.meetings.form.date.required"));
        assertThat(page.locator("#error-summary")).containsText(t("dialogue.meetings.form.times.invalid"));
        assertThat(field(t("dialogue.meetings.form.place"))).hasValue("Digitalt, lenke sendes ut dagen før");
        logout();

        loginAs(DemoAccounts.SUPPLIER);
        visit(path);
        assertThat(page.locator("[data-own-meeting]")).containsText(t("dialogue.meetings.own.heading"));
        assertThat(page.locator("[data-own-meeting] a"))
                .hasAttribute("href", java.util.regex.Pattern.compile("/meetings/.+/calendar\\.ics"));
        assertThat(page.locator("#meetings")).containsText(t("dialogue.meetings.state.FREE"));
    }
}
