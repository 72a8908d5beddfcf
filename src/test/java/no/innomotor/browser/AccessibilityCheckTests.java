package no.innomotor.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The checks every browser test relies on really look at the page, and really fail. */
class AccessibilityCheckTests extends BrowserTest {

    @Test
    void axeReallyChecksTheRulesOfWcag21AaOnACleanPage() {
        visit("/login");

        Axe.Result result = assertAccessible();

        assertThat(result.violations()).isEmpty();
        assertThat(result.passes())
                .contains("html-has-lang", "document-title", "label", "color-contrast", "bypass", "th-has-data-cells");
    }

    @Test
    void aDefectPlantedInThePageFailsWithTheRuleTheElementAndWhatToDo() {
        visit("/about");
        page.evaluate("() => { const img = document.createElement('img'); img.src = '/nothing.png';"
                + " img.id = 'planted-image'; document.querySelector('main').append(img);"
                + " const input = document.createElement('input'); input.id = 'planted-input';"
                + " document.querySelector('main').append(input); }");

        assertThatThrownBy(this::assertAccessible)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("WCAG 2.1 A/AA violation(s) on " + url("/about"))
                .hasMessageContaining("image-alt [critical] Images must have alternative text")
                .hasMessageContaining("at #planted-image")
                .hasMessageContaining("label [critical]")
                .hasMessageContaining("at #planted-input")
                .hasMessageContaining("https://dequeuniversity.com/rules/axe/");
        page.reload();
    }

    @Test
    void aDuplicateIdAndAControlWithoutANameFailTheCheckThatAxeLeavesOut() {
        visit("/about");
        // As the step page once had it: a section and the textarea its label points at share one id.
        page.evaluate("() => { const main = document.querySelector('main');"
                + " const section = document.createElement('section'); section.id = 'twice'; main.append(section);"
                + " const label = document.createElement('label'); label.htmlFor = 'twice'; label.textContent = 'Notat';"
                + " const box = document.createElement('textarea'); box.id = 'twice'; box.className = 'planted-box';"
                + " main.append(label, box); }");

        assertThat(Axe.run(page).ownFaults())
                .containsExactly(
                        "duplicate-id: id=\"twice\" is used by <section id=\"twice\"></section> and <textarea"
                                + " id=\"twice\" class=\"planted-box\"></textarea>",
                        "control-name: no label, aria-label, aria-labelledby or title names <textarea id=\"twice\""
                                + " class=\"planted-box\"></textarea>");
        assertThatThrownBy(this::assertAccessible)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("on " + url("/about"));
        page.reload();
    }

    @Test
    void aLabelAriaLabelOrTitleNamesAControlForTheOwnCheck() {
        visit("/about");
        page.evaluate("() => { const main = document.querySelector('main');"
                + " const label = document.createElement('label'); label.htmlFor = 'named'; label.textContent = 'Navn';"
                + " const input = document.createElement('input'); input.id = 'named';"
                + " const search = document.createElement('input'); search.setAttribute('aria-label', 'Søk');"
                + " const select = document.createElement('select'); select.title = 'Velg';"
                + " main.append(label, input, search, select); }");

        assertThat(Axe.run(page).ownFaults()).isEmpty();
        page.reload();
    }

    @Test
    void anInlineStyleTheContentSecurityPolicyBlocksFailsTheCheck() {
        visit("/about");
        page.evaluate("() => { const style = document.createElement('style');"
                + " style.textContent = 'main { color: red }'; document.head.append(style); }");

        assertThatThrownBy(this::assertAccessible)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("broke its Content-Security-Policy")
                .hasMessageContaining("style-src");
    }
}
