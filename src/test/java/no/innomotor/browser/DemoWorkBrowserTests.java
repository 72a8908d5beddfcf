package no.innomotor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.innomotor.platform.DemoAccounts;
import org.junit.jupiter.api.Test;

/**
 * The demo data tells the story: the roles the market dialogue and the follow-up serve find work of their own on the
 * front page at first sign-in — the buyer its dialogue, the supplier the dialogue and its follow-up plan, the adviser
 * the suppliers it follows up.
 */
class DemoWorkBrowserTests extends BrowserTest {

    private List<String> work(DemoAccounts.Account account) {
        loginAs(account);
        visit("/");
        List<String> items = page.locator(".im-work__item").allInnerTexts();
        logout();
        return items;
    }

    @Test
    void theSupplierTheBuyerAndTheAdviserEachFindWorkOfTheirOwn() {
        assertThat(work(DemoAccounts.SUPPLIER))
                .anySatisfy(item -> assertThat(item).contains("trygghet om natten"))
                .anySatisfy(item -> assertThat(item).containsIgnoringCase("oppfølging"));
        assertThat(work(DemoAccounts.ADVISER)).isNotEmpty();
        assertThat(work(DemoAccounts.BUYER)).anySatisfy(item -> assertThat(item).contains("trygghet om natten"));
    }
}
