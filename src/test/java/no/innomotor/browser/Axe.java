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

    /**
     * What axe leaves to a person: an id used by more than one element (a label or an error link then points at
     * the wrong one), and a form control whose name comes from nowhere (no label, aria-label, aria-labelledby or
     * title; for a button also its text or value). Returns one line per fault.
     */
    private static final String OWN_CHECKS = """
            () => {
              const faults = [];
              const where = el => el.outerHTML.replace(/\\s+/g, ' ').slice(0, 160);
              const seen = new Map();
              for (const el of document.querySelectorAll('[id]')) {
                if (seen.has(el.id)) {
                  faults.push('duplicate-id: id="' + el.id + '" is used by ' + where(seen.get(el.id)) + ' and ' + where(el));
                } else {
                  seen.set(el.id, el);
                }
              }
              const text = s => (s || '').replace(/\\s+/g, ' ').trim();
              const named = el => {
                if (text(el.getAttribute('aria-label'))) return true;
                const ids = text(el.getAttribute('aria-labelledby'));
                if (ids && ids.split(' ').some(id => { const ref = document.getElementById(id); return ref && text(ref.textContent); })) return true;
                if (el.labels && Array.from(el.labels).some(label => text(label.textContent))) return true;
                if (text(el.getAttribute('title'))) return true;
                const type = (el.getAttribute('type') || '').toLowerCase();
                if (el.tagName === 'BUTTON') return !!text(el.textContent) || !!el.querySelector('img[alt]:not([alt=""])');
                if (el.tagName === 'INPUT' && ['submit', 'reset', 'button'].includes(type)) return !!text(el.value) || type !== 'button';
                if (el.tagName === 'INPUT' && type === 'image') return !!text(el.getAttribute('alt'));
                return false;
              };
              for (const el of document.querySelectorAll('input:not([type="hidden" i]), select, textarea, button')) {
                if (!named(el)) {
                  faults.push('control-name: no label, aria-label, aria-labelledby or title names ' + where(el));
                }
              }
              return faults;
            }""";

    private Axe() {}

    /** One broken rule and the elements that break it. */
    public record Violation(String id, String impact, String help, String helpUrl, List<Node> nodes) {}

    public record Node(String target, String html, String summary) {}

    /** What axe found: the ids of the rules that passed, and the violations. */
    public record Result(
            String url,
            List<String> passes,
            List<String> incomplete,
            List<Violation> violations,
            List<String> ownFaults) {

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
                page.url(), (List<String>) raw.get("passes"), (List<String>) raw.get("incomplete"), violations, (List<
                                String>)
                        page.evaluate(OWN_CHECKS));
    }

    /**
     * Fails with a readable list when the page breaks any WCAG 2.1 A/AA rule axe can check or one of the checks axe
     * leaves out (ids unique, every form control named), and also when axe did not really look at the page (no rule passed, or not even the page's language was checked).
     */
    public static Result assertAccessible(Page page) {
        Result result = run(page);
        if (!result.violations().isEmpty()) {
            throw new AssertionError("axe found " + result.violations().size() + " WCAG 2.1 A/AA violation(s) on "
                    + result.url() + " (\"" + page.title() + "\"):\n" + result.report());
        }
        if (!result.ownFaults().isEmpty()) {
            throw new AssertionError(
                    "Unique ids and named form controls: " + result.ownFaults().size()
                            + " fault(s) on " + result.url() + " (\"" + page.title() + "\"):\n  - "
                            + String.join("\n  - ", result.ownFaults()));
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
