package no.innomotor.browser;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs axe-core in a page against WCAG 2.1 A and AA. The script comes from the npm package the build copies to the
 * test classpath ({@code /vendor/axe.min.js}); it is evaluated through the browser's debugging protocol, which the
 * pages' Content-Security-Policy does not govern, so the policy stays on while the pages are checked.
 */
public final class Axe {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String SOURCE = load();

    private static final String RUN = """
            async (tags) => {
              const result = await axe.run(document, {
                runOnly: { type: 'tag', values: tags },
                resultTypes: ['violations']
              });
              return {
                passes: result.passes.map(rule => rule.id),
                incomplete: result.incomplete.map(rule => rule.id),
                violations: result.violations.map(rule => ({
                  id: rule.id,
                  impact: String(rule.impact),
                  help: rule.help,
                  helpUrl: rule.helpUrl,
                  nodes: rule.nodes.map(node => ({
                    target: node.target.map(String).join(' '),
                    html: node.html,
                    summary: node.failureSummary || ''
                  }))
                }))
              };
            }""";

    private Axe() {}

    /** One broken rule and the elements that break it. */
    public record Violation(String id, String impact, String help, String helpUrl, List<Node> nodes) {}

    public record Node(String target, String html, String summary) {}

    /** What axe found: the ids of the rules that passed, and the violations. */
    public record Result(String url, List<String> passes, List<String> incomplete, List<Violation> violations) {

        /** A list a person can act on: rule, impact, what to do, and where (CSS selectors of the elements). */
        public String report() {
            return violations.stream()
                    .map(v -> "  - " + v.id() + " [" + v.impact() + "] " + v.help() + " ("
                            + v.helpUrl() + ")\n"
                            + v.nodes().stream()
                                    .map(n -> "      at " + n.target() + "  " + abbreviate(n.html()) + "\n        "
                                            + n.summary().replace("\n", "\n        "))
                                    .collect(Collectors.joining("\n")))
                    .collect(Collectors.joining("\n"));
        }
    }

    /** Checks the document now shown in the page. */
    @SuppressWarnings("unchecked")
    public static Result run(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.evaluate(SOURCE);
        }
        Map<String, Object> raw = (Map<String, Object>) page.evaluate(RUN, WCAG_21_AA);
        List<Violation> violations = ((List<Map<String, Object>>) raw.get("violations"))
                .stream()
                        .map(v -> new Violation(
                                (String) v.get("id"),
                                (String) v.get("impact"),
                                (String) v.get("help"),
                                (String) v.get("helpUrl"),
                                ((List<Map<String, Object>>) v.get("nodes"))
                                        .stream()
                                                .map(n -> new Node(
                                                        (String) n.get("target"), (String) n.get("html"), (String)
                                                                n.get("summary")))
                                                .toList()))
                        .toList();
        return new Result(
                page.url(), (List<String>) raw.get("passes"), (List<String>) raw.get("incomplete"), violations);
    }

    /**
     * Fails with a readable list when the page breaks any WCAG 2.1 A/AA rule axe can check, and also when axe did
     * not really look at the page (no rule passed, or not even the page's language was checked).
     */
    public static Result assertAccessible(Page page) {
        Result result = run(page);
        if (!result.violations().isEmpty()) {
            throw new AssertionError("axe found " + result.violations().size() + " WCAG 2.1 A/AA violation(s) on "
                    + result.url() + " (\"" + page.title() + "\"):\n" + result.report());
        }
        if (!result.passes().contains("html-has-lang") || !result.passes().contains("document-title")) {
            throw new AssertionError(
                    "axe did not check " + result.url() + " properly: rules passed were " + result.passes());
        }
        return result;
    }

    private static String abbreviate(String html) {
        String oneLine = html.replaceAll("\\s+", " ");
        return oneLine.length() > 160 ? oneLine.substring(0, 157) + "..." : oneLine;
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/vendor/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("/vendor/axe.min.js is not on the test classpath: run the Maven build,"
                        + " which installs axe-core with npm and copies it there (execution copy-test-assets)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
