package no.innomotor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.time.LocalDate;
import java.util.regex.Pattern;
import no.innomotor.platform.DemoAccounts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The first journey of the mission, as people do it: a buyer creates a project and drafts the mandate, the top
 * leader signs it, and the buyer completes steps 1 and 2 of the roadmap. Every page visited is checked with axe.
 */
class ProjectJourneyBrowserTests extends BrowserTest {

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"nb", "en"})
    void buyerCreatesAProjectLeaderSignsTheMandateAndTheBuyerCompletesStepsOneAndTwo(String language) {
        String title = "Sensorer i hjemmetjenesten " + System.nanoTime();
        visit("/?lang=" + language);

        // The buyer creates the project.
        loginAs(DemoAccounts.BUYER);
        openFromMenu(t("projects.nav.projects"));
        followLink(t("projects.new.heading"));
        fillField(t("projects.form.title"), title);
        fillField(
                t("projects.form.need"),
                "Hjemmeboende eldre faller og blir liggende. Vi trenger å oppdage fall "
                        + "raskere uten å krenke personvernet.");
        fillField(t("projects.form.value"), "2 500 000");
        // The CPV field is a combobox with a suggestion list labelled like it; typing codes works without choosing.
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(startsWith(t("projects.form.cpv"))))
                .fill("33195000, 72000000");
        chooseOption(t("projects.form.nuts"), "Akershus (NO084)");
        chooseOption(t("projects.form.procedure"), t("projects.procedure.INNOVATION_PARTNERSHIP"));
        submit(t("projects.new.submit"));
        assertThat(heading()).hasText(title);
        String projectPath =
                Pattern.compile("http://localhost:\\d+").matcher(page.url()).replaceFirst("");

        // She drafts the mandate; step 1 cannot complete before the top leader has signed it.
        followLink(t("projects.mandate.open"));
        fillField(t("projects.mandate.goal"), "Færre alvorlige fall og tryggere hverdag for hjemmeboende.");
        fillField(t("projects.mandate.budget"), "3 000 000");
        chooseOption(t("projects.mandate.risk"), t("projects.risk.MODERATE"));
        fillField(t("projects.mandate.benefit"), "Halvere tiden fra fall til hjelp; målt mot nullpunkt 2026.");
        fillField(t("projects.mandate.startDate"), LocalDate.now().plusDays(7).toString());
        fillField(t("projects.mandate.endDate"), LocalDate.now().plusYears(2).toString());
        submit(t("projects.mandate.draft.submit"));
        assertThat(page.getByText(t("projects.mandate.state.draft", 1)).first()).isVisible();
        // When it is ready, she puts it before the leadership.
        submit(t("projects.mandate.ready.submit", 1));
        assertThat(page.getByText(t("projects.mandate.state.awaiting", 1)).first())
                .isVisible();

        visit(projectPath + "/steps/1");
        markEveryItemDone();
        // The gate panel follows the checklist without a reload.
        assertThat(page.locator("#gate")).containsText(t("projects.gate.itemsDone"));
        submit(t("projects.gate.complete", 1));
        assertThat(page.getByText(t("projects.gate.mandateMissing")).first()).isVisible();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText(t("projects.error.gate.mandate"));
        assertThat(heading()).containsText(t("projects.step.ANCHORING"));
        // The refusal came by redirect: reloading shows the step again without posting (the reason is gone).
        page.reload();
        assertThat(page.getByText(t("projects.error.gate.mandate"))).hasCount(0);
        assertThat(heading()).containsText(t("projects.step.ANCHORING"));
        logout();

        // The top leader finds the mandate waiting for him, reviews what Bærum commits to, confirms whom he signs
        // for, and signs it.
        loginAs(DemoAccounts.LEADER);
        openFromMenu(t("projects.nav.leader"));
        followLink(t("projects.leader.readAndSign", title));
        followLink(t("projects.mandate.sign.review", 1));
        assertThat(heading()).hasText(t("projects.mandate.sign.heading", 1));
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Færre alvorlige fall og tryggere hverdag");
        page.getByLabel(t("projects.mandate.confirm.onBehalfOf", "Bærum kommune"))
                .check();
        submit(t("projects.mandate.sign.submit", 1));
        assertThat(page.getByText(t("projects.mandate.signedTag"), new Page.GetByTextOptions().setExact(true))
                        .first())
                .isVisible();
        logout();

        // The buyer completes step 1 and step 2.
        loginAs(DemoAccounts.BUYER);
        visit(projectPath + "/steps/1");
        submit(t("projects.gate.complete", 1));
        visit(projectPath + "/steps/2");
        markEveryItemDone();
        submit(t("projects.gate.complete", 2));

        visit(projectPath);
        assertThat(page.getByText(t("projects.roadmap.current", 3, t("projects.step.MARKET_DIALOGUE"))))
                .isVisible();
        followLink(t("projects.subnav.timeline"));
        assertThat(page.getByRole(AriaRole.MAIN)).containsText(t("audit.action.mandate.signed.name"));
        assertThat(page.getByRole(AriaRole.MAIN)).containsText(t("audit.action.step.completed.name"));
    }

    /** Playwright runs the pattern as a JavaScript regular expression, where Java's quoting does not exist. */
    private static Pattern startsWith(String text) {
        return Pattern.compile("^" + text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0"));
    }

    /** Ticks every open checklist item, one at a time, as a person clicks (htmx swaps the list in place). */
    private void markEveryItemDone() {
        Locator open = page.getByRole(
                AriaRole.BUTTON, new Page.GetByRoleOptions().setName(startsWith(t("projects.checklist.markDone"))));
        int guard = 0;
        while (open.count() > 0 && guard++ < 20) {
            int before = open.count();
            open.first().click();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.waitForCondition(() -> open.count() < before);
        }
        assertThat(open).hasCount(0);
        assertAccessible();
    }
}
