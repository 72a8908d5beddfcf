package no.innomotor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The CPV picker as a keyboard user meets it in the public opportunity filter. */
class CpvPickerBrowserTests extends BrowserTest {

    @Test
    void aKeyboardUserFindsACodeByWordAndFiltersOpportunitiesWithIt() {
        visit("/opportunities?lang=en");
        Locator combobox =
                page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(t("notices.filter.cpv")));
        combobox.pressSequentially("software development", new Locator.PressSequentiallyOptions().setDelay(20));
        Locator options = page.getByRole(AriaRole.OPTION);
        assertThat(options.first()).isVisible();
        assertThat(combobox).hasAttribute("aria-expanded", "true");
        assertAccessible();

        combobox.press("ArrowDown");
        combobox.press("Enter");
        assertThat(combobox).hasValue(java.util.regex.Pattern.compile("^\\d{8}$"));
        assertThat(combobox).hasAttribute("aria-expanded", "false");

        String code = combobox.inputValue();
        submit(t("notices.filter.submit"));
        // htmx updates the results and the address; opening that address shows the code's place in CPV.
        assertThat(page).hasURL(java.util.regex.Pattern.compile("cpv=" + code));
        visit(page.url());
        assertThat(page.locator(".im-cpv-path")).containsText(code);
    }
}
