package no.innomotor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;
import no.innomotor.platform.DemoAccounts;
import org.junit.jupiter.api.Test;

/**
 * On the real server: a signed-in person's page is never stored and links its stylesheets and scripts by hashed
 * URLs, which answer compressed when the browser asks and may be kept for a year. (The page loading in Chromium
 * without a CSP complaint is checked by {@link BrowserTest} itself.)
 */
class AssetCachingBrowserTests extends BrowserTest {

    private static final String IMMUTABLE = "public, max-age=31536000, immutable";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aSignedInPageLinksHashedAssetsThatAnswerGzippedAndImmutable() throws Exception {
        loginAs(DemoAccounts.BUYER);
        Response document = visit("/projects");
        assertThat(document.headers().get("cache-control")).contains("no-store");
        assertThat(document.headers().get("content-encoding")).isEqualTo("gzip");

        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) page.evaluate("() => [...document.querySelectorAll("
                + "'link[rel=stylesheet], script[src]')].map(e => e.getAttribute('href') || e.getAttribute('src'))");
        assertThat(links)
                .hasSizeGreaterThanOrEqualTo(5)
                .allMatch(link -> link.matches("/(css|js|vendor)/.+-[0-9a-f]{32}\\.(css|js)"), "hashed");

        for (String link : links) {
            HttpResponse<byte[]> asset = get(link, "gzip");
            assertThat(asset.statusCode()).as(link).isEqualTo(200);
            assertThat(asset.headers().firstValue("cache-control")).as(link).hasValue(IMMUTABLE);
            assertThat(asset.headers().firstValue("content-encoding")).as(link).hasValue("gzip");
            assertThat(asset.headers().firstValue("vary"))
                    .as(link)
                    .hasValueSatisfying(vary -> assertThat(vary).containsIgnoringCase("accept-encoding"));
        }

        // Without Accept-Encoding the same asset comes as it is; the font inside the stylesheet is hashed as well.
        String css = links.stream()
                .filter(l -> l.startsWith("/css/app-"))
                .findFirst()
                .orElseThrow();
        HttpResponse<byte[]> plain = get(css, null);
        assertThat(plain.headers().firstValue("content-encoding")).isEmpty();
        String text = new String(plain.body(), StandardCharsets.UTF_8);
        assertThat(text).containsPattern("url\\(\"?/vendor/fonts/inter-latin-wght-normal-[0-9a-f]{32}\\.woff2");
        assertThat(new String(gunzip(get(css, "gzip").body()), StandardCharsets.UTF_8))
                .isEqualTo(text);
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
