package no.innomotor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import no.innomotor.platform.DemoAccounts;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of every browser test: the whole application on a random port with the demo data and demo accounts, and a
 * fresh browser tab per test in one shared headless Chromium.
 * <p>
 * Every page a test reaches is checked with axe-core against WCAG 2.1 A/AA: {@link #visit}, {@link #submit} and
 * {@link #followLink} check the page they arrive at, and a page reached any other way is checked at the next of
 * these calls or when the test ends. A Content-Security-Policy violation or a script error fails the test as well.
 * <p>
 * A journey reads like what a person does:
 * <pre>{@code
 * loginAs(DemoAccounts.BUYER);
 * openFromMenu("Prosjekter");
 * fillField("Tittel", "Smarte gatelys");
 * submit("Lagre");
 * assertThat(heading()).hasText("Smarte gatelys");
 * }</pre>
 * Keep subclasses free of their own Spring configuration ({@code @MockitoBean}, {@code @TestPropertySource} …):
 * then all browser test classes share one application context through Spring's context cache.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "innomotor.demo.enabled=true")
@ActiveProfiles("test")
@Import(TestErrorEndpoints.class)
@ExtendWith(SharedBrowser.class)
public abstract class BrowserTest {

    static final Path SCREENSHOTS = Paths.get("target", "browser-screenshots");

    @LocalServerPort
    private int port;

    @Autowired
    private MessageSource messages;

    /** The tab of this test; use it directly for anything the helpers do not cover. */
    protected Page page;

    private BrowserContext context;
    private final List<String> scriptProblems = new ArrayList<>();
    private @Nullable Response lastDocument;
    private int navigations;
    private int checkedNavigation = -1;
    private boolean failed;

    @BeforeEach
    final void openTab(Browser browser) {
        context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setLocale("nb-NO")
                .setTimezoneId("Europe/Oslo")
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
        page.onFrameNavigated(frame -> {
            if (frame.parentFrame() == null) {
                navigations++;
            }
        });
        page.onResponse(response -> {
            if (response.request().isNavigationRequest() && response.frame().parentFrame() == null) {
                lastDocument = response;
            }
        });
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type()) && message.text().contains("Content Security Policy")) {
                scriptProblems.add(message.text());
            }
        });
        page.onPageError(error -> scriptProblems.add(error));
    }

    @AfterEach
    final void closeTab() {
        try {
            if (!failed) {
                checkUncheckedPage();
            }
        } catch (AssertionError e) {
            screenshot(getClass().getSimpleName() + "-after-test");
            throw e;
        } finally {
            context.close();
        }
    }

    // ---- going places ----

    /** Opens a path of the application, waits for it to load and checks it. Error pages count as pages. */
    protected Response visit(String path) {
        checkUncheckedPage();
        Response response = page.navigate(path);
        page.waitForLoadState(LoadState.LOAD);
        assertAccessible();
        return response;
    }

    /** Follows the link with exactly this accessible name, then checks the page it leads to. */
    protected void followLink(String name) {
        checkUncheckedPage();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true))
                .click();
        page.waitForLoadState(LoadState.LOAD);
        assertAccessible();
    }

    /** Opens an entry of the main menu in the header, then checks the page it leads to. */
    protected void openFromMenu(String entry) {
        checkUncheckedPage();
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(t("layout.mainNavigation")))
                .getByRole(
                        AriaRole.LINK,
                        new Locator.GetByRoleOptions().setName(entry).setExact(true))
                .click();
        page.waitForLoadState(LoadState.LOAD);
        assertAccessible();
    }

    /** Presses the button with exactly this accessible name, then checks the page that comes back. */
    protected void submit(String buttonName) {
        checkUncheckedPage();
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(buttonName).setExact(true))
                .click();
        page.waitForLoadState(LoadState.LOAD);
        assertAccessible();
    }

    /** The HTTP status of the document now shown (after redirects). */
    protected int status() {
        if (lastDocument == null) {
            throw new IllegalStateException("No page has been loaded yet");
        }
        return lastDocument.status();
    }

    // ---- forms ----

    /**
     * The form field with this label; the label may carry the "required" marker the form components add, so
     * {@code field("Tittel")} finds a field labelled "Tittel (Må fylles ut)".
     */
    protected Locator field(String label) {
        // Playwright hands the pattern to the browser as a JavaScript regular expression: no \Q…\E quoting there.
        String literal = label.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
        return page.getByLabel(Pattern.compile("^" + literal + "(\\s*\\(.+\\))?$"));
    }

    protected void fillField(String label, String value) {
        field(label).fill(value);
    }

    /** Chooses, in the select list with this label, the option shown as {@code option}. */
    protected void chooseOption(String label, String option) {
        field(label).selectOption(new SelectOption().setLabel(option));
    }

    // ---- people ----

    /** Signs in with a demo account through the login page, as a person would, and checks they are signed in. */
    protected void loginAs(DemoAccounts.Account account) {
        visit("/login");
        fillField(t("login.email"), account.email());
        fillField(t("login.password"), DemoAccounts.PASSWORD);
        submit(t("login.submit"));
        assertThat(page.locator(".im-user__name")).hasText(account.name());
    }

    /** Signs in as a person a test made (with their e-mail, display name and password) through the login page. */
    protected void loginAs(String email, String name, String password) {
        visit("/login");
        fillField(t("login.email"), email);
        fillField(t("login.password"), password);
        submit(t("login.submit"));
        assertThat(page.locator(".im-user__name")).hasText(name);
    }

    /** Signs out with the button in the header. */
    protected void logout() {
        submit(t("layout.logout"));
        assertThat(page.getByRole(
                                AriaRole.LINK,
                                new Page.GetByRoleOptions()
                                        .setName(t("layout.login"))
                                        .setExact(true))
                        .first())
                .isVisible();
    }

    // ---- reading the page ----

    /** The page's one h1. */
    protected Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    /** The text for a message key in the language the page is shown in now. */
    protected String t(String key, Object... args) {
        String lang = page.url().isEmpty() || "about:blank".equals(page.url())
                ? "nb"
                : (String) page.evaluate("() => document.documentElement.lang || 'nb'");
        return messages.getMessage(key, args, Locale.forLanguageTag(lang));
    }

    /** The application's address for a path, e.g. to compare with {@code page.url()}. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    // ---- checks ----

    /** Checks the page now shown with axe-core (WCAG 2.1 A/AA) and for blocked or failing scripts. */
    protected Axe.Result assertAccessible() {
        Axe.Result result = Axe.assertAccessible(page);
        checkedNavigation = navigations;
        if (!scriptProblems.isEmpty()) {
            List<String> problems = List.copyOf(scriptProblems);
            scriptProblems.clear();
            throw new AssertionError("The page " + page.url() + " broke its Content-Security-Policy or a script "
                    + "failed:\n  - " + String.join("\n  - ", problems));
        }
        return result;
    }

    private void checkUncheckedPage() {
        if (navigations > checkedNavigation && navigations > 0) {
            page.waitForLoadState(LoadState.LOAD);
            assertAccessible();
        }
    }

    /** Called by {@link SharedBrowser} when the test failed: keep a picture of the page as it was. */
    final void failed(String name) {
        failed = true;
        screenshot(name);
    }

    private void screenshot(String name) {
        try {
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(SCREENSHOTS.resolve(name.replaceAll("[^\\p{L}\\p{N}._-]+", "_") + ".png")));
        } catch (RuntimeException e) {
            // The page may be gone (browser crashed); the failure itself is what matters.
        }
    }
}
