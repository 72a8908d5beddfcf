package no.innomotor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import no.innomotor.platform.DemoAccounts;
import org.junit.jupiter.api.Test;

/**
 * The catalogue's journey on the demo data: Ingrid at Innovasjon Norge adds an instrument for municipalities with a
 * signed mandate and publishes it; Kari at Bærum kommune opens her sensor project's instruments and finds it among
 * those that fit, with the reasons, in bokmål and in English. Every page is checked with axe-core.
 */
class InstrumentsBrowserTests extends BrowserTest {

    @Test
    void anInstrumentActorPublishesAnInstrumentAndABuyerSeesTheMatchWithItsReasons() {
        String name = "Markedsdialogmidler for kommuner";

        loginAs(DemoAccounts.INSTRUMENT);
        openFromMenu(t("instruments.nav.kept"));
        assertThat(page.locator("main")).containsText("Innovasjonskontrakt for grønn omstilling");
        followLink(t("instruments.catalogue.add"));
        submit(t("instruments.form.create"));
        assertThat(page.locator("#error-summary")).isVisible();
        fillField(t("instruments.field.name"), name);
        fillField(
                t("instruments.field.summary"),
                "Tilskudd til kommuner som holder markedsdialog om et behov før konkurransen. Eksempelbeløp.");
        chooseOption(t("instruments.field.kind"), t("instruments.kind.GRANT"));
        chooseOption(t("instruments.field.audience"), t("instruments.audience.BUYER"));
        page.getByLabel(t("organisations.type.MUNICIPALITY"), new Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByLabel(
                        t("instruments.form.stepOption", 3, t("projects.step.MARKET_DIALOGUE")),
                        new Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByLabel(t("instruments.field.requiresSignedMandate")).check();
        page.getByLabel(t("instruments.field.rolling")).check();
        fillField(t("instruments.field.applyUrl"), "https://www.innovasjonnorge.no");
        submit(t("instruments.form.create"));
        assertThat(heading()).hasText(name);
        assertThat(page.locator("#keeping")).containsText(t("instruments.status.draft"));
        submit(t("instruments.keeping.publish"));
        assertThat(page.locator("main")).containsText(t("instruments.flash.published"));
        assertThat(page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions()
                                .setName(t("instruments.keeping.publish"))
                                .setExact(true)))
                .hasCount(0);
        logout();

        loginAs(DemoAccounts.BUYER);
        openFromMenu(t("projects.nav.projects"));
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName("Trygghetssensorer for eldre som bor hjemme")
                                .setExact(true))
                .click();
        page.waitForLoadState(LoadState.LOAD);
        assertAccessible();
        page.locator(".im-subnav a[href$='/instruments']").click();
        page.waitForLoadState(LoadState.LOAD);
        assertAccessible();
        var match = page.locator("#fitting li[data-instrument]:has-text('" + name + "')");
        assertThat(match).containsText(t("instruments.match.fits"));
        assertThat(match).containsText(t("instruments.rule.SIGNED_MANDATE.met"));
        assertThat(match.locator("[data-rule='roadmapStep']")).containsText("3");
        String path = page.url().substring(page.url().indexOf("/projects/"));

        visit(path + "?lang=en");
        var english = page.locator("#fitting li[data-instrument]:has-text('" + name + "')");
        assertThat(english).containsText("The mandate is signed by top management.");
        assertThat(page.locator("#near-misses")).isVisible();
        english.getByRole(
                        AriaRole.LINK,
                        new com.microsoft.playwright.Locator.GetByRoleOptions()
                                .setName(name)
                                .setExact(true))
                .click();
        page.waitForLoadState(LoadState.LOAD);
        assertAccessible();
        assertThat(heading()).hasText(name);
        assertThat(page.locator("#eligibility")).containsText("The applicant is a municipality.");
    }

    @Test
    void theCatalogueTheOverviewAndTheFreeMatchingAreOpenToAnyone() {
        visit("/instruments");
        assertThat(page.locator("#instrument-results")).containsText("Innovasjonsprosjekt i offentlig sektor");
        chooseOption(t("instruments.field.kind"), t("instruments.kind.PROCESS_SUPPORT"));
        assertThat(page.locator("#instrument-results")).not().containsText("Innovasjonsprosjekt i offentlig sektor");
        assertThat(page.locator("#instrument-results")).containsText("Prosessveiledning for innovative anskaffelser");
        assertAccessible();

        visit("/instruments/overview");
        assertThat(page.locator("svg[role=img]")).isVisible();
        assertThat(page.locator("#regions caption")).isVisible();

        visit("/instruments/match?side=BUYER&organisationType=MUNICIPALITY&region=NO0A2&step=1");
        assertThat(page.locator("#fitting")).containsText("Prosessveiledning for innovative anskaffelser");
        assertThat(page.locator("#near-misses")).containsText(t("instruments.match.wouldFit"));

        visit("/instruments/overview?lang=en");
        assertThat(heading()).hasText("National overview of instruments");
    }
}
