package no.innomotor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import no.innomotor.dialogue.AnnouncementSummary;
import no.innomotor.dialogue.DialogueQueries;
import no.innomotor.platform.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dialogue conference and the draft for comment on the demo data: Sensorlab sees its own conference
 * registration and comments on the draft requirement specification; Bærum's buyer sees every registration, the
 * setup form, the files page and the comment. Every page is checked with axe-core.
 */
class ConferenceBrowserTests extends BrowserTest {

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
    void aSupplierSeesItsOwnRegistrationAndCommentsAndTheBuyerSeesEveryone() {
        String path = announcement();
        String comment = "Kravet om to års batteritid er realistisk for radarsensoren vår, men ikke for kameraløse "
                + "trykkmatter.";

        loginAs(DemoAccounts.SUPPLIER);
        visit(path);
        assertThat(page.locator("#attachments")).containsText("invitasjon-dialogkonferanse.txt");
        followLink(t("dialogue.conference.open"));
        assertThat(page.locator("[data-conference-own]")).containsText(t("dialogue.conference.own.confirmed"));
        assertThat(page.locator("main")).containsText("Velkommen og kaffe");
        assertThat(page.locator("main")).not().containsText("Nordlys");
        visit(path);
        followLink("Utkast til kravspesifikasjon: varsling om natten");
        fillField(t("dialogue.draft.comment.label"), comment);
        submit(t("dialogue.draft.comment.send"));
        assertThat(page.locator("#comments")).containsText(comment);
        logout();

        loginAs(DemoAccounts.BUYER);
        visit(path + "/conference");
        assertThat(page.locator("#participants")).containsText("Nordlys");
        assertThat(page.locator("#participants")).containsText("Sensorlab");
        followLink(t("dialogue.conference.change"));
        assertThat(field(t("dialogue.conference.form.capacity"))).hasValue("40");
        visit(path + "/attachments");
        visit(path + "/drafts/new");
        visit(path);
        followLink("Utkast til kravspesifikasjon: varsling om natten");
        assertThat(page.locator("#comments")).containsText(comment);
    }
}
