package no.innomotor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import no.innomotor.knowledge.CaseFixtures;
import no.innomotor.platform.DemoAccounts;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case library and the spread of a solution, as people do it: a buyer of a municipality whose project stands at
 * step 8 opens its case, writes the lessons, publishes it and lists the solution; Ola Nordmann at Trondheim follows
 * the solution and records Trondheim's adoption; anyone, signed out, finds the case in the library and reads the
 * solution with its adoption. Every page is checked with axe-core.
 */
class CaseLibraryBrowserTests extends BrowserTest {

    @Autowired
    ProjectFixtures projects;

    @Autowired
    CaseFixtures cases;

    @Test
    void aBuyerPublishesTheCaseAnotherAdoptsTheSolutionAndThePublicReadsBoth() {
        int n = ThreadLocalRandom.current().nextInt(100_000);
        ProjectFixtures.Org org = projects.municipality("Spredevik kommune " + n);
        String title = "Nattlig tilsyn uten kamera " + n;
        ProjectId project = cases.atSpread(org, title);

        loginAs(org.buyer().email(), "Berit Innkjøper", ProjectFixtures.PASSWORD);
        visit("/projects/" + project);
        followLink(t("cases.subnav"));
        assertThat(heading()).hasText(t("cases.project.heading"));
        assertThat(page.locator("main")).containsText(t("cases.contract.notRecorded"));

        submit(t("cases.publish.submit"));
        assertThat(page.locator("#error-summary")).isVisible();
        assertThat(page.locator("#error-summary")).containsText(t("cases.publish.noLessons"));

        fillField(t("cases.lessons.wentWell"), "Nattevakten testet sensorene fra første uke.");
        fillField(t("cases.lessons.doDifferently"), "Vi ville målt nullpunktet før piloten.");
        fillField(t("cases.lessons.advice"), "La nattevakten være med å skrive kravene.");
        submit(t("cases.lessons.save"));
        assertThat(page.locator("[role=status]").first()).containsText(t("cases.flash.lessons"));
        submit(t("cases.publish.submit"));
        assertThat(page.locator("[role=status]").first()).containsText(t("cases.flash.published"));

        fillField(t("solutions.field.name"), "Nattsensor " + n);
        fillField(t("solutions.field.description"), "Varsler nattevakten om fall og uro, uten kamera.");
        fillField(t("solutions.field.contractForm"), "Rammeavtale med opsjon for andre kommuner.");
        submit(t("solutions.form.list"));
        assertThat(heading()).hasText("Nattsensor " + n);
        String solution = page.url().replaceFirst("^https?://[^/]+", "");
        logout();

        loginAs(DemoAccounts.BUYER_OTHER);
        visit(solution);
        submit(t("solutions.follow.start"));
        assertThat(page.locator("[role=status]").first()).containsText(t("solutions.flash.followed"));
        chooseOption(t("solutions.field.kind"), t("solutions.kind.FRAMEWORK_CALL_OFF"));
        submit(t("solutions.adopt.submit"));
        assertThat(page.locator("[role=status]").first()).containsText(t("solutions.flash.adopted"));
        assertThat(page.locator("#adoptions")).containsText("Trondheim kommune");
        logout();

        visit("/cases?q=nattevakten");
        followLink(title);
        assertThat(heading()).hasText(title);
        assertThat(page.locator("#lessons-learned")).containsText("La nattevakten være med å skrive kravene.");
        assertThat(page.locator("#spread")).containsText(t("cases.spread.adoptions", 1));
        followLink("Nattsensor " + n);
        assertThat(page.locator("#adoptions")).containsText("Trondheim kommune");
        assertThat(page.locator("#adoptions")).containsText(t("solutions.kind.FRAMEWORK_CALL_OFF"));
    }
}
