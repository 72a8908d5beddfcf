package no.innomotor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import no.innomotor.knowledge.CaseFixtures;
import no.innomotor.platform.DemoAccounts;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The journey from measured benefit to spread, as the people in it walk it: the buyer of a municipality whose project
 * stands at step 8 plans a benefit with its baseline, records a measurement by form, uploads a file of measurements
 * with a bad row (refused whole) and then the corrected file, publishes the benefits to the showcase, completes the
 * project, publishes its case and lists the solution; Ola Nordmann at Trondheim adopts the solution; anyone, signed
 * out, reads the showcase and the solution with its adoption, and downloads the open data that holds the project.
 * Run in bokmål and in English; every page is checked with axe-core.
 */
class InnovationEffectJourneyBrowserTests extends BrowserTest {

    @Autowired
    ProjectFixtures projects;

    @Autowired
    CaseFixtures cases;

    @Test
    void fromBaselineToAdoptionInBokmal() throws IOException {
        journey(false);
    }

    @Test
    void fromBaselineToAdoptionInEnglish() throws IOException {
        journey(true);
    }

    private void journey(boolean english) throws IOException {
        int n = ThreadLocalRandom.current().nextInt(100_000);
        ProjectFixtures.Org town = projects.municipality("Gevinstvik kommune " + n);
        String title = "Varsling av glatte fortau " + n;
        ProjectId project = cases.atSpread(town, title);
        String base = "/projects/" + project;

        if (english) {
            // The language choice is a cookie: it holds for everyone who uses this browser afterwards.
            visit("/?lang=en");
            assertThat(page.locator("html")).hasAttribute("lang", "en");
        }
        loginAs(town.buyer().email(), "Berit Innkjøper", ProjectFixtures.PASSWORD);

        // The benefit with its baseline, then a measurement by form.
        visit(base);
        followLink(t("benefits.subnav"));
        followLink(t("benefits.overview.add"));
        fillField(t("benefits.form.title"), "Færre fallskader på fortau");
        chooseOption(t("benefits.form.type"), t("benefits.type.QUALITY"));
        fillField(t("benefits.form.indicator"), "Fallskader meldt til legevakten per måned");
        fillField(t("benefits.form.unit"), "skader");
        fillField(t("benefits.form.baselineValue"), "40");
        fillField(t("benefits.form.baselineOn"), LocalDate.now().minusMonths(6).toString());
        fillField(t("benefits.form.baselineSource"), "Legevaktens journal, vinteren før");
        fillField(t("benefits.form.targetValue"), "20");
        fillField(t("benefits.form.targetOn"), LocalDate.now().plusMonths(6).toString());
        chooseOption(t("benefits.form.schedule"), t("benefits.schedule.MONTHLY"));
        chooseOption(t("benefits.form.owner"), "Berit Innkjøper");
        submit(t("form.save"));
        assertThat(page.locator("[role=status]").first()).isVisible();
        visit(base + "/benefits");
        String overview = page.url().replaceFirst("^https?://[^/]+", "");
        assertThat(page.locator("#overview")).containsText("Færre fallskader på fortau");

        followLink("Færre fallskader på fortau");
        fillField(t("benefits.measure.valueIn", "skader"), "33");
        fillField(t("benefits.measure.date"), LocalDate.now().minusMonths(2).toString());
        submit(t("benefits.measure.submit"));
        assertThat(page.locator("[role=status]").first()).containsText(t("benefits.flash.measured"));
        assertThat(page.locator("#measurements table")).containsText("33");

        // A file with one bad row is refused whole; the corrected file is taken.
        visit(overview);
        String month = LocalDate.now().minusMonths(1).withDayOfMonth(1).toString();
        Path bad = Files.createTempFile("malinger", ".csv");
        Files.writeString(bad, "nytte;dato;verdi\n1;" + month + ";30\n1;" + month + ";mange\n", StandardCharsets.UTF_8);
        page.setInputFiles("#file", bad);
        submit(t("benefits.upload.submit"));
        assertThat(page.locator("#upload-errors")).containsText(t("benefits.upload.refused", 1));
        assertThat(page.locator("#upload-errors li[data-line='3']")).isVisible();
        visit(overview);
        assertThat(page.locator("#overview")).not().containsText("30\u00a0skader");
        Path good = Files.createTempFile("malinger", ".csv");
        Files.writeString(good, "nytte;dato;verdi\n1;" + month + ";30\n", StandardCharsets.UTF_8);
        page.setInputFiles("#file", good);
        submit(t("benefits.upload.submit"));
        assertThat(page.locator("[role=status]").first()).isVisible();
        visit(overview);
        assertThat(page.locator("#overview")).containsText("30\u00a0skader");

        // The showcase, then the project completes.
        page.getByLabel(t("benefits.showcase.show")).check();
        fillField(t("benefits.showcase.story"), "Varslene om glatte fortau gjorde at strøbilene kom før folk falt.");
        submit(t("benefits.showcase.save"));
        assertThat(page.locator("[role=status]").first()).containsText(t("benefits.flash.showcased"));
        visit(base + "/steps/8");
        markEveryItemDone();
        submit(t("projects.gate.complete", 8));
        visit(base);
        assertThat(page.locator("main")).containsText(t("projects.status.COMPLETED"));

        // The case with its lessons, and the solution.
        followLink(t("cases.subnav"));
        fillField(t("cases.lessons.wentWell"), "Vi målte nullpunktet før piloten startet.");
        fillField(t("cases.lessons.doDifferently"), "Vi ville tatt med legevakten i dialogen tidligere.");
        fillField(t("cases.lessons.advice"), "Mål det dere vil forbedre, før dere kjøper.");
        submit(t("cases.lessons.save"));
        submit(t("cases.publish.submit"));
        assertThat(page.locator("[role=status]").first()).containsText(t("cases.flash.published"));
        fillField(t("solutions.field.name"), "Glattevarsel " + n);
        fillField(t("solutions.field.description"), "Sensorer i fortauet varsler strøtjenesten før isen legger seg.");
        fillField(t("solutions.field.contractForm"), "Rammeavtale med opsjon for nabokommunene.");
        submit(t("solutions.form.list"));
        String solution = page.url().replaceFirst("^https?://[^/]+", "");
        logout();

        // Another municipality adopts it.
        loginAs(DemoAccounts.BUYER_OTHER);
        visit(solution);
        chooseOption(t("solutions.field.kind"), t("solutions.kind.OWN_PROCUREMENT"));
        submit(t("solutions.adopt.submit"));
        assertThat(page.locator("[role=status]").first()).containsText(t("solutions.flash.adopted"));
        logout();

        // The public sees both.
        visit("/showcase");
        followLink(title);
        assertThat(page.locator("main")).containsText("strøbilene kom før folk falt");
        assertThat(page.locator("main")).containsText("30\u00a0skader");
        assertThat(page.locator("main")).not().containsText("Berit");
        visit(solution);
        assertThat(page.locator("#adoptions")).containsText("Trondheim kommune");
        assertThat(page.locator("#adoptions")).containsText(t("solutions.kind.OWN_PROCUREMENT"));

        // And downloads the open data, which holds the completed project and nobody's name.
        openFromMenu(t("opendata.nav"));
        assertThat(heading()).hasText(t("opendata.heading"));
        Download csv = page.waitForDownload(() -> page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(t("opendata.files.projects"))
                                .setExact(true))
                .click());
        String projectsCsv = Files.readString(csv.path(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(projectsCsv)
                .contains(title, "Gevinstvik kommune " + n)
                .doesNotContain("Berit", town.buyer().email());
    }

    private void markEveryItemDone() {
        Locator open = page.getByRole(
                AriaRole.BUTTON,
                new Page.GetByRoleOptions()
                        .setName(Pattern.compile("^" + Pattern.quote(t("projects.checklist.markDone")))));
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
