package no.innomotor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import no.innomotor.dialogue.AnnouncementSummary;
import no.innomotor.dialogue.DialogueQueries;
import no.innomotor.platform.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The market dialogue on the demo data, as the people in it walk it: Bærum's published announcement, a supplier
 * who asks privately and sends confidential input, the buyer who answers everyone at once, and the public who sees
 * the answer without the asker and never the input; the supplier's own pages and the buyer's directory on the way.
 * Every page is checked with axe-core.
 */
class MarketDialogueBrowserTests extends BrowserTest {

    static final String TITLE = "Markedsdialog: trygghet om natten for eldre som bor hjemme";

    @Autowired
    DialogueQueries dialogue;

    private String announcement() {
        return dialogue.published().stream()
                .filter(a -> a.title().equals(TITLE))
                .map(AnnouncementSummary::path)
                .findFirst()
                .orElseThrow();
    }

    /** The question's card, found by its own text (the team's "bundle into" lists name other questions too). */
    private Locator question(String text) {
        return page.locator("article.im-question > p:first-child", new Page.LocatorOptions().setHasText(text))
                .locator("xpath=..");
    }

    @Test
    void aSupplierAsksPrivatelyTheBuyerAnswersEveryoneAndTheInputStaysWithTheTeam() {
        String path = announcement();
        String asked = "Hvor lenge skal piloten vare, og skal den starte før sommerferien?";
        String input = "Sensorlab kan levere et batteridrevet alternativ der det ikke er strømuttak ved sengen.";
        String answer = "Piloten varer seks måneder og starter etter sommerferien, når vikarene er ferdige.";

        loginAs(DemoAccounts.SUPPLIER);
        visit("/supplier-profile");
        assertThat(page.locator("main")).containsText("Sensorlab AS");
        visit("/supplier-profile/searches");
        visit("/my-opportunities");
        visit(path);
        assertThat(heading()).hasText(TITLE);
        fillField(t("dialogue.questions.ask"), asked);
        submit(t("dialogue.questions.send"));
        assertThat(question(asked)).containsText(t("dialogue.questionState.RECEIVED"));
        fillField(t("dialogue.inputs.label"), input);
        submit(t("dialogue.inputs.send"));
        assertThat(page.locator("#inputs")).containsText(input);
        logout();

        visit(path);
        assertThat(page.locator("[data-sign-in]")).containsText(t("dialogue.page.signInToTakePart"));
        assertThat(page.locator("main")).not().containsText(asked);
        assertThat(page.locator("main")).not().containsText(input);

        loginAs(DemoAccounts.BUYER);
        visit(path);
        assertThat(page.locator("#inputs")).containsText(input);
        assertThat(page.locator("[data-reach]")).isVisible();
        question(asked).getByLabel(t("dialogue.answer.label")).fill(answer);
        question(asked)
                .getByRole(
                        AriaRole.BUTTON,
                        new Locator.GetByRoleOptions()
                                .setName(t("dialogue.answer.publish"))
                                .setExact(true))
                .click();
        page.waitForLoadState(LoadState.LOAD);
        assertAccessible();
        assertThat(question(asked)).containsText(answer);
        visit("/suppliers");
        assertThat(page.locator("main")).containsText("Sensorlab AS");
        logout();

        visit(path + "?lang=en");
        assertThat(heading()).hasText(TITLE);
        assertThat(question(asked)).containsText(answer);
        assertThat(question(asked)).not().containsText("Sensorlab");
        assertThat(question(asked)).not().containsText("Sara");
        assertThat(page.locator("main")).not().containsText(input);
        assertThat(page.locator("html")).hasAttribute("lang", "en");
    }

    @Test
    void theSupplierFindsTheAnswerInTheInboxOfEveryRegisteredCompany() {
        loginAs(DemoAccounts.SUPPLIER);
        visit("/inbox");
        // The demo data answered one question publicly; every registered company was told, the asker among them.
        assertThat(page.locator("main")).containsText(TITLE);
        assertThat(status()).isEqualTo(200);
    }
}
