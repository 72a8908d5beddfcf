package no.innomotor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import no.innomotor.dialogue.DialogueFixtures;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectFixtures.Org;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.suppliers.SupplierFixtures;
import no.innomotor.suppliers.SupplierFixtures.Company;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The market dialogue from end to end, on data of its own: the buyer drafts and publishes an announcement and puts
 * out meeting times; the two suppliers whose profiles match are told; one registers, asks, books a meeting and
 * sends confidential input; the buyer answers for everyone; the other supplier, in English, sees the answer without
 * the asker, the booked time only as taken and never the input; the buyer exports the dialogue log as PDF and XLSX,
 * which the test reads back. Every page is checked with axe-core.
 */
class MarketDialogueJourneyBrowserTests extends BrowserTest {

    /** Playground equipment: offered by no other test's profile, so the reach is exactly these two companies. */
    static final String CPV = "37535200";

    @Autowired
    ProjectFixtures projects;

    @Autowired
    DialogueFixtures dialogue;

    @Autowired
    SupplierFixtures suppliers;

    private static final String PASSWORD = ProjectFixtures.PASSWORD;

    private Locator question(String text) {
        return page.locator("article.im-question > p:first-child", new Page.LocatorOptions().setHasText(text))
                .locator("xpath=..");
    }

    private Locator button(Locator scope, String name) {
        return scope.getByRole(
                AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void publishAlertRegisterAskBookSendAnswerAndExportTheLog() throws Exception {
        Org buyer = projects.municipality("Lekevik kommune");
        ProjectId project = dialogue.projectInMarketDialogue(buyer, "Trygge lekeplasser året rundt");
        Company first = suppliers.listed("Klatrestativ AS", List.of(CPV), List.of(), List.of());
        Company second = suppliers.listed("Sklie og Huske AS", List.of(CPV), List.of(), List.of());
        String title = "Markedsdialog: lekeplasser som er trygge også om vinteren";
        String asked = "Skal lekeplassene være åpne i mørketiden, og med hvilken belysning?";
        String input = "Klatrestativ AS har et oppvarmet underlag som holder fallsonen fri for is.";
        String answer = "Ja, lekeplassene skal være åpne hele året, med belysning fram til klokken 21.";
        LocalDate today = LocalDate.now(NorwegianTime.ZONE);
        LocalDate meetingDay = today.plusDays(5);

        // The buyer drafts, publishes and puts out two meeting times.
        loginAs(buyer.buyer().email(), "Berit Innkjøper", PASSWORD);
        visit("/projects/" + project + "/announcements");
        followLink(t("dialogue.project.new"));
        fillField(t("dialogue.form.title"), title);
        fillField(
                t("dialogue.form.need"),
                "Lekeplassene våre blir glatte og mørke om vinteren, og barna bruker dem nesten ikke fra november.");
        page.locator("#cpvCodes").fill(CPV);
        page.locator("select[name=nutsCode]").selectOption("NO081");
        fillField(
                t("dialogue.form.deadline"),
                LocalDateTime.now(NorwegianTime.ZONE)
                        .plusDays(20)
                        .truncatedTo(ChronoUnit.MINUTES)
                        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
        fillField(t("dialogue.form.meetingsFrom"), today.plusDays(3).toString());
        fillField(t("dialogue.form.meetingsTo"), today.plusDays(10).toString());
        fillField(t("dialogue.form.contactName"), "Berit Innkjøper");
        fillField(t("dialogue.form.contactEmail"), "berit@lekevik.example");
        submit(t("dialogue.form.save"));
        assertThat(heading()).hasText(title);
        submit(t("dialogue.team.publish"));
        followLink(t("dialogue.meetings.add"));
        fillField(t("dialogue.meetings.form.date"), meetingDay.toString());
        fillField(t("dialogue.meetings.form.times"), "09:00, 10:00");
        fillField(t("dialogue.meetings.form.length"), "60");
        fillField(t("dialogue.meetings.form.place"), "Rådhuset, møterom Huska");
        fillField(t("dialogue.meetings.role.PROJECT_LEAD"), "Berit Innkjøper");
        chooseOption(t("dialogue.meetings.role.NOTE_TAKER"), "Berit Innkjøper");
        submit(t("dialogue.meetings.form.submit"));
        assertThat(page.locator("[data-meeting-slots] tbody tr")).hasCount(2);
        String path = new java.net.URI(page.url()).getPath();
        logout();

        // The first supplier finds the alert, registers, asks, books and sends input.
        loginAs(first.supplier().email(), "Siri Selger", PASSWORD);
        visit("/inbox");
        assertThat(page.locator("main")).containsText(title);
        visit(path);
        fillField(t("dialogue.register.participants"), "Siri Selger, siri@klatrestativ.example");
        submit(t("dialogue.register.submit"));
        fillField(t("dialogue.questions.ask"), asked);
        submit(t("dialogue.questions.send"));
        assertThat(question(asked)).containsText(t("dialogue.questionState.RECEIVED"));
        button(page.locator("[data-meeting-slots]"), t("dialogue.meetings.book"))
                .first()
                .click();
        page.waitForLoadState(LoadState.LOAD);
        assertAccessible();
        assertThat(page.locator("[data-own-meeting]")).containsText(t("dialogue.meetings.own.heading"));
        fillField(t("dialogue.inputs.label"), input);
        submit(t("dialogue.inputs.send"));
        assertThat(page.locator("#inputs")).containsText(input);
        logout();

        // The buyer answers for everyone.
        loginAs(buyer.buyer().email(), "Berit Innkjøper", PASSWORD);
        visit(path);
        assertThat(page.locator("#meetings")).containsText(first.name());
        // At least the two: on PostgreSQL every test context shares one database, so another test's profile
        // offering a wider code may be reached too; the two companies' own inboxes are checked below.
        java.util.regex.Matcher reached = java.util.regex.Pattern.compile("(\\d+) bedrifter fikk varsel")
                .matcher(page.locator("[data-reach]").innerText());
        assertThat(reached.find()).isTrue();
        assertThat(Integer.parseInt(reached.group(1))).isGreaterThanOrEqualTo(2);
        question(asked).getByLabel(t("dialogue.answer.label")).fill(answer);
        button(question(asked), t("dialogue.answer.publish")).click();
        page.waitForLoadState(LoadState.LOAD);
        assertAccessible();
        assertThat(question(asked)).containsText(answer);
        logout();

        // The other supplier, in English: the alert, the answer without the asker, never the input or the booker.
        loginAs(second.supplier().email(), "Siri Selger", PASSWORD);
        visit("/inbox?lang=en");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("main")).containsText(title);
        visit(path + "?lang=en");
        assertThat(question(asked)).containsText(answer);
        Locator main = page.locator("main");
        assertThat(main).not().containsText(first.name());
        assertThat(main).not().containsText(input);
        assertThat(page.locator("#meetings")).containsText(t("dialogue.meetings.state.TAKEN"));
        fillField(t("dialogue.register.participants"), "");
        submit(t("dialogue.register.submit"));
        assertThat(main).not().containsText(input);
        visit("/inbox?lang=en");
        assertThat(page.locator("main")).containsText(title);
        logout();

        // The buyer exports the log, with the question, the answer, the booking and the input in full.
        loginAs(buyer.buyer().email(), "Berit Innkjøper", PASSWORD);
        visit(path + "?lang=nb");
        followLink(t("dialogue.log.link"));
        assertThat(page.locator("[data-log]")).containsText(input);
        Download pdf = page.waitForDownload(() -> page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(t("dialogue.log.pdf"))
                                .setExact(true))
                .click());
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf.path()))) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains(title, "Lekevik kommune", asked, answer, input, first.name(), second.name())
                    .contains(t("dialogue.log.kind.meeting-booked"));
        }
        Download xlsx = page.waitForDownload(() -> page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions()
                                .setName(t("dialogue.log.xlsx"))
                                .setExact(true))
                .click());
        try (ReadableWorkbook workbook = new ReadableWorkbook(Files.newInputStream(xlsx.path()))) {
            String cells = workbook.getSheets()
                    .flatMap(sheet -> {
                        try {
                            return sheet.read().stream();
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .flatMap(row -> row.stream().map(cell -> cell == null ? "" : cell.getText()))
                    .collect(Collectors.joining("\n"));
            assertThat(cells)
                    .contains(asked, answer, input, first.name(), second.name())
                    .contains(t("dialogue.log.kind.meeting-booked"));
        }
    }
}
