package no.innomotor.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * One headless Chromium for the whole test run, started when the first browser test needs it and closed when the
 * run ends; each test gets its own fresh browser context (cookies, storage) from it. Debian's
 * {@code /usr/bin/chromium} is used where it exists (this project's machines and CI, which cannot download
 * browsers); elsewhere Playwright's own browser, as a developer's machine has it.
 * <p>
 * Also takes a full-page screenshot into {@code target/browser-screenshots/} when a test fails.
 */
public final class SharedBrowser implements ParameterResolver, TestExecutionExceptionHandler {

    static final Path DEBIAN_CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedBrowser.class);

    /** Playwright and its browser, closed by JUnit at the end of the run (the root store closes what it holds). */
    /**
     * Headless Chromium: Debian's where it is installed (with the flags this closed network needs: no background
     * connections, no sandbox as root), otherwise Playwright's own. The browser tests and the benchmarks launch it so.
     */
    public static Browser launch(Playwright playwright) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true);
        if (Files.isExecutable(DEBIAN_CHROMIUM)) {
            options.setExecutablePath(DEBIAN_CHROMIUM)
                    .setArgs(List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run"));
        }
        return playwright.chromium().launch(options);
    }

    static final class Running implements AutoCloseable {

        final Playwright playwright;
        final Browser browser;

        Running() {
            playwright = Playwright.create(
                    new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = launch(playwright);
        }

        @Override
        public void close() {
            try {
                browser.close();
            } finally {
                playwright.close();
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(Running.class, key -> new Running(), Running.class)
                .browser;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        if (context.getTestInstance().orElse(null) instanceof BrowserTest test) {
            test.failed(context.getRequiredTestClass().getSimpleName() + "."
                    + context.getRequiredTestMethod().getName()
                    + (context.getDisplayName()
                                    .startsWith(context.getRequiredTestMethod().getName())
                            ? ""
                            : "-" + context.getDisplayName()));
        }
        throw failure;
    }
}
