package no.innomotor.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.innomotor.platform.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No page scrolls sideways, on a phone (375 px) or on a desktop (1280 px): wide tables scroll inside their own
 * box, and the header stays compact on a small screen. Every main page is visited as the demo person who uses it;
 * a full-page picture of each is kept in {@code target/browser-screenshots/layout/} (or the folder the system
 * property {@code innomotor.screens} names), for a person to look at.
 */
class LayoutBrowserTests extends BrowserTest {

    private static final Path PICTURES = Path.of(System.getProperty(
            "innomotor.screens", SCREENSHOTS.resolve("layout").toString()));

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {375, 1280})
    void noMainPageScrollsSideways(int width) {
        page.setViewportSize(width, width < 600 ? 740 : 900);
        List<String> wide = new ArrayList<>();

        check(width, "front-page", "/", wide);
        check(width, "opportunities", "/opportunities", wide);
        check(width, "opportunity", firstLink("/opportunities", "main .im-opportunity a"), wide);
        check(width, "about", "/about", wide);
        check(width, "accessibility", "/accessibility", wide);
        check(width, "api", "/about/api", wide);
        check(width, "login", "/login", wide);

        loginAs(DemoAccounts.BUYER);
        check(width, "buyer-front-page", "/", wide);
        check(width, "project-list", "/projects", wide);
        String project = firstLink("/projects", "main table tbody a");
        check(width, "project", project, wide);
        check(width, "step", project + "/steps/1", wide);
        check(width, "mandate", project + "/mandate", wide);
        check(width, "timeline", project + "/timeline", wide);
        check(width, "new-project", "/projects/new", wide);
        check(width, "organisation", "/organisations/mine", wide);
        check(width, "profile", "/profile", wide);
        page.context().clearCookies();

        loginAs(DemoAccounts.LEADER);
        check(width, "leader", "/leader", wide);
        page.context().clearCookies();

        loginAs(DemoAccounts.ADMIN);
        check(width, "audit-log", "/admin/audit", wide);
        check(width, "admin-organisations", "/admin/organisations", wide);
        check(width, "outbox", "/admin/outbox", wide);
        check(width, "notice-import", "/admin/notices/import", wide);

        assertThat(wide).as("pages wider than the window at %d px", width).isEmpty();
    }

    @Test
    void onAPhoneTheHeaderIsOneRowWhoseMenuButtonOpensTheNavigation() {
        page.setViewportSize(375, 740);
        loginAs(DemoAccounts.BUYER);
        visit("/projects");
        Locator header = page.locator("header");
        Locator menuButton =
                header.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(t("layout.menu")));
        Locator navigation =
                page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(t("layout.mainNavigation")));

        assertThat(header.boundingBox().height).as("header height").isLessThan(90);
        assertThat(menuButton).hasAttribute("aria-expanded", "false");
        assertThat(navigation).isHidden();

        menuButton.click();
        assertThat(menuButton).hasAttribute("aria-expanded", "true");
        assertThat(navigation).isVisible();
        assertThat(header.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(t("layout.logout"))))
                .isVisible();
        assertAccessible();
        openFromMenu(t("projects.nav.projects"));
        assertThat(heading()).hasText(t("projects.list.heading"));

        menuButton.focus();
        page.keyboard().press("Enter");
        assertThat(navigation).isVisible();
        page.keyboard().press("Escape");
        assertThat(navigation).isHidden();
        assertThat(menuButton).isFocused();
    }

    @Test
    void onADesktopTheNavigationIsAlwaysShownAndThereIsNoMenuButton() {
        loginAs(DemoAccounts.BUYER);

        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName(t("layout.mainNavigation"))))
                .isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(t("layout.menu"))))
                .isHidden();
    }

    @Test
    void aWideTableScrollsInItsOwnNamedBoxThatTheKeyboardReaches() {
        page.setViewportSize(375, 740);
        loginAs(DemoAccounts.ADMIN);
        visit("/admin/audit");

        Locator box = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(tableCaption()));
        assertThat(box).hasAttribute("tabindex", "0");
        Map<String, Object> sizes = sizes(box);
        assertThat(((Number) sizes.get("scrollWidth")).intValue())
                .as("the table is wider than its box, so the box scrolls")
                .isGreaterThan(((Number) sizes.get("clientWidth")).intValue());
        box.focus();
        page.keyboard().press("ArrowRight");
        // The browser may scroll smoothly: give the box a moment to move before reading where it is.
        try {
            page.waitForFunction(
                    "box => box.scrollLeft > 0",
                    box.elementHandle(),
                    new Page.WaitForFunctionOptions().setTimeout(3000));
        } catch (com.microsoft.playwright.TimeoutError stillAtTheStart) {
            // The assertion below says what went wrong.
        }
        assertThat(((Number) sizes(box).get("scrollLeft")).intValue()).isPositive();
    }

    private String tableCaption() {
        return page.locator("main table caption").first().innerText().trim();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sizes(Locator box) {
        return (Map<String, Object>) box.evaluate(
                "el => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth, scrollLeft: el.scrollLeft })");
    }

    private String firstLink(String path, String selector) {
        visit(path);
        String href = page.locator(selector).first().getAttribute("href");
        assertThat(href).as("a link %s on %s", selector, path).isNotNull();
        return href;
    }

    private void check(int width, String name, String path, List<String> wide) {
        visit(path);
        assertThat(status()).as(path).isEqualTo(200);
        page.screenshot(
                new Page.ScreenshotOptions().setFullPage(true).setPath(PICTURES.resolve(name + "-" + width + ".png")));
        Map<String, Object> measured = measure();
        int scrollWidth = ((Number) measured.get("scrollWidth")).intValue();
        int innerWidth = ((Number) measured.get("innerWidth")).intValue();
        if (scrollWidth > innerWidth) {
            wide.add(path + " is " + scrollWidth + " px wide in a window of " + innerWidth + " px; widest: "
                    + measured.get("widest"));
        }
    }

    /** The document's width against the window's, and the elements that stick out furthest to the right. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> measure() {
        return new LinkedHashMap<>((Map<String, Object>) page.evaluate("""
                () => {
                  const limit = window.innerWidth;
                  const out = Array.from(document.querySelectorAll('body *'))
                    .filter(el => el.getBoundingClientRect().right > limit + 0.5)
                    .filter(el => !el.parentElement || el.parentElement.getBoundingClientRect().right <= limit + 0.5)
                    .slice(0, 5)
                    .map(el => el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '')
                      + ' (' + Math.round(el.getBoundingClientRect().right) + ' px)');
                  return { scrollWidth: document.documentElement.scrollWidth, innerWidth: limit, widest: out.join(', ') };
                }"""));
    }
}
