package no.innomotor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.util.List;
import no.innomotor.platform.DemoAccounts;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.riskrelief.ApplicationId;
import no.innomotor.riskrelief.CriterionView;
import no.innomotor.riskrelief.RiskReliefFixtures;
import no.innomotor.riskrelief.RiskReliefQueries;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The risk-relief journey: Ingrid at Innovasjon Norge makes and publishes a scheme in the browser, then an instrument
 * applied for in Innomotor through it; a buyer finds the instrument among her project's matches with its reasons and
 * follows its link to the application form, prefilled from the project; Ingrid assigns two jury members, one declares a conflict of interest and
 * leaves, a third steps in (in English); the two score; Ingrid decides; the buyer reads the decision letter PDF and
 * reports on the milestone; Ingrid approves the payout and the ledger shows it paid. Every page is checked with
 * axe-core, in bokmål and in English.
 */
class RiskReliefBrowserTests extends BrowserTest {

    @Autowired
    RiskReliefFixtures fixtures;

    @Autowired
    RiskReliefQueries queries;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Test
    void anActorPublishesABuyerAppliesAssessorsScoreTheActorDecidesAndPaysOut() throws Exception {
        long n = System.nanoTime();
        String schemeName = "Garanti for første kunde " + n;
        int year = LocalDate.now().getYear() + 1;
        var buyer = fixtures.buyer("Nesodden kommune " + n);
        ProjectFixtures.Person conflicted = fixtures.jury("Kari Konflikt " + n);
        ProjectFixtures.Person first = fixtures.jury("Frida Fagjury " + n);
        ProjectFixtures.Person third = fixtures.jury("Tore Tredje " + n);

        // The instrument actor makes the scheme and publishes it.
        loginAs(DemoAccounts.INSTRUMENT);
        openFromMenu(t("riskrelief.nav.schemes"));
        followLink(t("riskrelief.schemes.new"));
        submit(t("riskrelief.scheme.create"));
        assertThat(page.locator("#error-summary")).isVisible();
        fillField(t("riskrelief.scheme.name"), schemeName);
        fillField(t("riskrelief.scheme.description"), "Dekker tap for kommunen om løsningen ikke når kravene.");
        chooseOption(t("riskrelief.scheme.kind"), t("riskrelief.kind.FINANCIAL"));
        chooseOption(t("riskrelief.scheme.audience"), t("riskrelief.audience.BOTH"));
        fillField(t("riskrelief.scheme.deadline"), LocalDate.now().plusMonths(2).toString());
        fillField(t("riskrelief.scheme.periodYear"), String.valueOf(year));
        fillField(t("riskrelief.scheme.amount"), "5 000 000");
        fillField(t("riskrelief.scheme.criterionName", 1), "Nytte for innbyggerne");
        fillField(t("riskrelief.scheme.criterionWeight", 1), "60");
        fillField(t("riskrelief.scheme.criterionName", 2), "Risiko som avlastes");
        fillField(t("riskrelief.scheme.criterionWeight", 2), "40");
        page.getByLabel(t("costCategory.PILOTING")).check();
        submit(t("riskrelief.scheme.create"));
        assertThat(heading()).hasText(schemeName);
        submit(t("riskrelief.scheme.publish"));
        assertThat(page.locator("main")).containsText(t("riskrelief.flash.published"));
        String scheme = page.url().substring(page.url().lastIndexOf('/') + 1);

        // She publishes an instrument applied for in Innomotor, through that scheme.
        String instrument = "Pilotgaranti for kommuner " + n;
        openFromMenu(t("instruments.nav.kept"));
        followLink(t("instruments.catalogue.add"));
        fillField(t("instruments.field.name"), instrument);
        fillField(
                t("instruments.field.summary"),
                "Kommuner som er første kunde for en ny løsning, søker om avlastning i Innomotor. Eksempelbeløp.");
        chooseOption(t("instruments.field.kind"), t("instruments.kind.GUARANTEE"));
        chooseOption(t("instruments.field.audience"), t("instruments.audience.BUYER"));
        page.getByLabel(t("organisations.type.MUNICIPALITY"), new Page.GetByLabelOptions().setExact(true))
                .check();
        page.getByLabel(t("instruments.field.rolling")).check();
        chooseOption(t("instruments.field.applyRoute"), t("instruments.applyRoute.IN_INNOMOTOR"));
        assertThat(field(t("instruments.field.scheme")).locator("option[value='" + scheme + "']"))
                .hasText(schemeName);
        field(t("instruments.field.scheme")).selectOption(new SelectOption().setValue(scheme));
        submit(t("instruments.form.create"));
        assertThat(heading()).hasText(instrument);
        submit(t("instruments.keeping.publish"));
        assertThat(page.locator("main")).containsText(t("instruments.flash.published"));
        assertThat(page.locator("#apply")).containsText(t("instruments.apply.throughScheme", schemeName));
        logout();

        // The buyer finds it among her project's instruments, with its reasons, and applies from there.
        loginAs(buyer.org().buyer().email(), "Berit Innkjøper", ProjectFixtures.PASSWORD);
        visit("/projects/" + buyer.project() + "/instruments");
        var match = page.locator("#fitting li[data-instrument]:has-text('" + instrument + "')");
        assertThat(match).containsText(t("instruments.match.fits"));
        assertThat(match.locator("[data-rule='organisationType'][data-met='true']"))
                .containsText(t("organisations.type.MUNICIPALITY").toLowerCase(java.util.Locale.ROOT));
        assertThat(match).containsText(t("instruments.apply.throughScheme", schemeName));
        Locator apply = match.locator(
                "a[href='/riskrelief/schemes/" + scheme + "/applications/new?project=" + buyer.project() + "']");
        assertThat(apply).containsText(t("instruments.apply.startInInnomotor"));
        apply.click();
        page.waitForLoadState(LoadState.LOAD);
        assertAccessible();
        assertThat(page).hasURL(url("/riskrelief/schemes/" + scheme + "/applications/new?project=" + buyer.project()));
        assertThat(page.locator("main")).containsText("Pilot av sensorer i Nesodden kommune");
        fillField(t("riskrelief.application.amountMoney"), "1 200 000");
        fillField(t("riskrelief.application.periodStart"), year + "-01-01");
        fillField(t("riskrelief.application.periodEnd"), year + "-12-31");
        page.getByLabel(t("costCategory.PILOTING")).check();
        fillField(t("riskrelief.application.summary"), "Pilot av fallsensorer i 40 hjem.");
        fillField(t("riskrelief.application.answer", "Nytte for innbyggerne", 60), "Fall oppdages med en gang.");
        submit(t("riskrelief.application.submit"));
        assertThat(page.locator("#error-summary")).containsText(t("riskrelief.error.answerRequired"));
        fillField(t("riskrelief.application.answer", "Risiko som avlastes", 40), "Løsningen er uprøvd i drift.");
        submit(t("riskrelief.application.submit"));
        assertThat(page.locator("#status")).hasText(t("riskrelief.status.SUBMITTED"));
        String application = page.url().replaceAll(".*/applications/([^/?#]+).*", "$1");
        logout();

        // Two assessors assigned; one declares a conflict and leaves; a third steps in.
        loginAs(DemoAccounts.INSTRUMENT);
        visit("/riskrelief/applications/" + application);
        assign(conflicted);
        assign(first);
        logout();

        loginAs(conflicted.email(), "Kari Konflikt " + n, ProjectFixtures.PASSWORD);
        visit("/riskrelief/applications/" + application);
        page.getByLabel(t("riskrelief.assessment.declareYes")).check();
        fillField(t("riskrelief.assessment.reason"), "Jeg sitter i styret til leverandøren kommunen vurderer.");
        submit(t("riskrelief.assessment.declareSubmit"));
        assertThat(page.locator("main")).containsText(t("riskrelief.flash.conflictDeclared"));
        visit("/riskrelief/applications/" + application);
        assertThat(status()).isEqualTo(404);
        logout();

        loginAs(DemoAccounts.INSTRUMENT);
        visit("/riskrelief/applications/" + application);
        assertThat(page.locator("main")).containsText(t("riskrelief.assessment.assignAnother"));
        assign(third);
        logout();

        score(first, "Frida Fagjury " + n, application, false);
        score(third, "Tore Tredje " + n, application, true);

        // The actor decides: approved in full, paid against one milestone.
        loginAs(DemoAccounts.INSTRUMENT);
        visit("/riskrelief/applications/" + application);
        assertThat(page.locator("#consolidated")).containsText("8,0");
        chooseOption(t("riskrelief.decision.outcome"), t("riskrelief.outcome.APPROVED"));
        fillField(t("riskrelief.decision.conditions"), "Sluttrapport innen tre måneder etter piloten");
        fillField(t("riskrelief.decision.milestoneName", 1), "Pilot i drift");
        fillField(t("riskrelief.decision.milestoneDue", 1), year + "-09-30");
        fillField(t("riskrelief.decision.milestoneAmount", 1), "1 200 000");
        submit(t("riskrelief.decision.submit"));
        assertThat(page.locator("#outcome")).hasText(t("riskrelief.outcome.APPROVED"));
        logout();

        // The buyer reads the letter and reports on the milestone.
        loginAs(buyer.org().buyer().email(), "Berit Innkjøper", ProjectFixtures.PASSWORD);
        visit("/riskrelief/applications/" + application);
        assertThat(page.locator("#status")).hasText(t("riskrelief.status.DECIDED"));
        APIResponse letter = page.request().get(page.locator("#letter-link").getAttribute("href"));
        assertThat(letter.status()).isEqualTo(200);
        assertThat(letter.headers().get("content-type")).isEqualTo("application/pdf");
        try (var pdf = Loader.loadPDF(letter.body())) {
            assertThat(new PDFTextStripper().getText(pdf).replace('\u00a0', ' '))
                    .contains("Vedtak om risikoavlastning", "Innvilget", "1 200 000", schemeName)
                    .contains("Sluttrapport innen tre måneder etter piloten", "Pilot i drift");
        }
        fillField(t("riskrelief.milestones.report", "Pilot i drift"), "Sensorene er i drift i 40 hjem.");
        press(t("riskrelief.milestones.reportSubmit"));
        assertThat(page.locator("#payouts")).containsText(t("riskrelief.milestones.reported"));
        logout();

        // The actor approves the payout; the ledger shows it paid.
        loginAs(DemoAccounts.INSTRUMENT);
        visit("/riskrelief/applications/" + application);
        press(t("riskrelief.milestones.pay"));
        assertThat(page.locator("#payouts")).containsText(t("riskrelief.milestones.paid"));
        visit("/riskrelief/schemes/" + scheme + "?lang=en");
        assertThat(page.locator("tr[data-period='" + year + "']")).containsText("1 200 000");
        assertThat(page.locator("#ledger")).containsText(t("riskrelief.ledger.paid"));
        visit("/riskrelief/schemes/" + scheme + "?lang=nb");
    }

    /** Presses the milestone's button whose visible text is {@code text} (its name adds the milestone's). */
    private void press(String text) {
        page.locator("#payouts button", new com.microsoft.playwright.Page.LocatorOptions().setHasText(text))
                .click();
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
        assertAccessible();
    }

    private void assign(ProjectFixtures.Person person) {
        String value = person.id().toString();
        page.locator("select[name='assessor']").selectOption(new SelectOption().setValue(value));
        submit(t("riskrelief.assessment.assignSubmit"));
        assertThat(page.locator("main")).containsText(t("riskrelief.flash.assigned"));
    }

    /** An assessor declares no conflict and scores every criterion; {@code english}: in English. */
    private void score(ProjectFixtures.Person person, String name, String application, boolean english) {
        loginAs(person.email(), name, ProjectFixtures.PASSWORD);
        visit("/riskrelief/applications/" + application + (english ? "?lang=en" : ""));
        page.getByLabel(t("riskrelief.assessment.declareNo")).check();
        submit(t("riskrelief.assessment.declareSubmit"));
        assertThat(page.locator("main")).containsText(t("riskrelief.flash.noConflict"));
        List<CriterionView> criteria = queries
                .application(ApplicationId.of(application), (no.innomotor.shared.security.CurrentUser)
                        users.loadUserByUsername(person.email()))
                .answers()
                .stream()
                .map(no.innomotor.riskrelief.ApplicationView.Answer::criterion)
                .toList();
        for (CriterionView c : criteria) {
            chooseOption(t("riskrelief.assessment.score", c.name()), "8");
            fillField(t("riskrelief.assessment.justification", c.name()), "Godt dokumentert i søknaden.");
        }
        chooseOption(t("riskrelief.assessment.recommendation"), t("riskrelief.recommendation.APPROVE"));
        submit(t("riskrelief.assessment.submit"));
        assertThat(page.locator("main")).containsText(t("riskrelief.flash.assessed"));
        if (english) {
            // Back to bokmål: the language follows the browser to the next person who signs in.
            visit("/riskrelief/applications/" + application + "?lang=nb");
        }
        logout();
    }
}
