package no.innomotor.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.innomotor.platform.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Requests no browser or HTTP client library would send, written byte for byte to the running server: a multipart
 * body without its boundary, file names with a raw quote or NUL, an upload over the limit sent in chunks (so no
 * length is declared), an administrator's notice import over the limit. Each gets the platform's own answer (its
 * 400 or 413 page, or the form with the field error), never a 500 or the container's bare page. And a compressed
 * page's Vary, which names HX-Request and Accept-Encoding as the server writes it. Runs in the browser
 * tests' application context (same configuration, so Spring's context cache shares it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "innomotor.demo.enabled=true")
@ActiveProfiles("test")
@Import(TestErrorEndpoints.class)
class RawRequestsTests {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");
    private static final Pattern PROJECT = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    @LocalServerPort
    int port;

    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), "");
        }
    }

    /** A signed-in session: its cookie and the CSRF token its pages carry. */
    record Session(String cookie, String csrf) {}

    @Test
    void aMultipartBodyWithoutBoundaryGetsThePlatformsOwn400Page() throws Exception {
        Session kari = signIn(DemoAccounts.BUYER);
        String step = stepOfKarisFirstProject(kari);
        Answer answer = send(
                "POST " + step + "/documents HTTP/1.1\r\n"
                        + "Host: localhost\r\n"
                        + "Cookie: " + kari.cookie() + "\r\n"
                        + "X-CSRF-TOKEN: " + kari.csrf() + "\r\n"
                        + "Content-Type: multipart/form-data\r\n"
                        + "Content-Length: 11\r\n"
                        + "Connection: close\r\n\r\n",
                "hello world".getBytes(StandardCharsets.US_ASCII));
        assertThat(answer.status()).isEqualTo(400);
        platformsOwnPage(answer, "Ugyldig forespørsel");
    }

    @Test
    void fileNamesWithARawQuoteOrNulAreAnsweredByThePlatform() throws Exception {
        Session kari = signIn(DemoAccounts.BUYER);
        String step = stepOfKarisFirstProject(kari);
        for (String name : new String[] {"notat\"med-anførsel.txt", "notat\u0000null.txt", "faktura\u202Egnp.txt"}) {
            byte[] body = multipart("file", name, "text/plain", "Innhold i notatet.".getBytes(StandardCharsets.UTF_8));
            Answer answer = send(uploadHead(step + "/documents", kari, "Content-Length: " + body.length), body);
            assertThat(answer.status()).as(name).isLessThan(500).isNotEqualTo(403);
            if (answer.status() >= 400) {
                platformsOwnPage(answer, null);
            } else {
                assertThat(answer.header("location")).as(name).contains(step);
            }
        }
        // What was stored shows no control or bidirectional characters (the step page lists it).
        Answer page = get(step, kari);
        assertThat(page.body()).doesNotContain("\u0000").doesNotContain("\u202E");
    }

    @Test
    void aChunkedUploadOverTheLimitLeadsBackToTheStepWithTheFieldError() throws Exception {
        Session kari = signIn(DemoAccounts.BUYER);
        String step = stepOfKarisFirstProject(kari);
        byte[] body = multipart("file", "stor.pdf", "application/pdf", new byte[12 * 1024 * 1024]);
        Answer answer = sendChunked(uploadHead(step + "/documents", kari, "Transfer-Encoding: chunked"), body);
        assertThat(answer.status()).isIn(303, 302, 413);
        if (answer.status() == 413) {
            platformsOwnPage(answer, "For stor fil");
        } else {
            assertThat(answer.header("location")).contains(step).contains("upload=");
            // Followed as a browser follows it: without host and fragment.
            String location = answer.header("location")
                    .replaceFirst("^https?://[^/]+", "")
                    .replaceFirst("#.*$", "");
            assertThat(get(location, kari).body()).as(location).contains("Filen er for stor");
        }
    }

    @Test
    void anAdministratorsNoticeImportOverTheLimitGetsThePlatformsOwn413Answer() throws Exception {
        Session ada = signIn(DemoAccounts.ADMIN);
        byte[] body = multipart("files", "stor.xml", "application/xml", new byte[12 * 1024 * 1024]);
        for (boolean chunked : new boolean[] {false, true}) {
            String head = uploadHead(
                    "/admin/notices/import",
                    ada,
                    chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + body.length);
            Answer answer = chunked ? sendChunked(head, body) : send(head, body);
            assertThat(answer.status()).as("chunked " + chunked).isIn(413, 422, 303, 302);
            if (answer.status() >= 400) {
                assertThat(answer.header("content-type"))
                        .as("chunked " + chunked + ": " + answer.status() + " " + answer.headers())
                        .startsWith("text/html");
                platformsOwnPage(answer, null);
            }
        }
    }

    // ---- the platform's own pages ----

    @Test
    void aCompressedPageVariesByHtmxAndByEncodingAlike() throws Exception {
        for (String htmx : new String[] {"", "HX-Request: true\r\n"}) {
            Answer answer = send(
                    "GET /opportunities HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\n"
                            + "Accept-Encoding: gzip\r\n" + htmx + "Connection: close\r\n\r\n",
                    new byte[0]);
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.header("content-encoding")).isEqualTo("gzip");
            String vary = answer.header("vary").toLowerCase(java.util.Locale.ROOT);
            assertThat(vary).contains("hx-request", "accept-encoding");
            assertThat(vary.indexOf("hx-request"))
                    .as("HX-Request named once")
                    .isEqualTo(vary.lastIndexOf("hx-request"));
        }
    }

    private static void platformsOwnPage(Answer answer, String title) {
        assertThat(answer.header("content-type")).startsWith("text/html");
        assertThat(answer.body())
                .contains("<html lang=\"nb\"")
                .contains("Innomotor")
                .doesNotContainIgnoringCase("Apache Tomcat")
                .doesNotContain("Exception")
                .doesNotContain("at org.");
        if (title != null) {
            assertThat(answer.body()).contains(title);
        }
    }

    // ---- signing in and finding a step, as a browser would ----

    private Session signIn(DemoAccounts.Account account) throws IOException {
        Answer login = get("/login", null);
        String cookie = cookie(login, null);
        String csrf = csrf(login);
        String form = "username=" + encode(account.email()) + "&password=" + encode(DemoAccounts.PASSWORD) + "&_csrf="
                + encode(csrf);
        byte[] bytes = form.getBytes(StandardCharsets.UTF_8);
        Answer signedIn = send(
                "POST /login HTTP/1.1\r\nHost: localhost\r\nCookie: " + cookie + "\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + bytes.length
                        + "\r\nConnection: close\r\n\r\n",
                bytes);
        assertThat(signedIn.status()).as("signed in").isEqualTo(302);
        assertThat(signedIn.header("location")).doesNotContain("error");
        String session = cookie(signedIn, cookie);
        return new Session(session, csrf(get("/", new Session(session, ""))));
    }

    private String stepOfKarisFirstProject(Session kari) throws IOException {
        Answer projects = send(
                "GET /api/v1/projects HTTP/1.1\r\nHost: localhost\r\nCookie: " + kari.cookie()
                        + "\r\nAccept: application/json\r\nConnection: close\r\n\r\n",
                new byte[0]);
        assertThat(projects.status()).isEqualTo(200);
        Matcher id = PROJECT.matcher(projects.body());
        assertThat(id.find()).as("a project of Kari's in " + projects.body()).isTrue();
        Answer project = get("/projects/" + id.group(1), kari);
        Matcher current = Pattern.compile("/projects/" + id.group(1) + "/steps/(\\d)\"[^>]*aria-current")
                .matcher(project.body());
        String number = current.find() ? current.group(1) : "1";
        return "/projects/" + id.group(1) + "/steps/" + number;
    }

    private String uploadHead(String path, Session session, String lengthHeader) {
        return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nCookie: " + session.cookie() + "\r\n"
                + "X-CSRF-TOKEN: " + session.csrf() + "\r\n"
                + "Content-Type: multipart/form-data; boundary=GRENSE\r\n" + lengthHeader + "\r\n"
                + "Connection: close\r\n\r\n";
    }

    /** One file part, its file name written raw (as an attacker would, without escaping). */
    private static byte[] multipart(String field, String filename, String type, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("--GRENSE\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename
                        + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write("\r\n--GRENSE--\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private Answer get(String path, Session session) throws IOException {
        return send(
                "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                        + (session == null ? "" : "Cookie: " + session.cookie() + "\r\n")
                        + "Accept: text/html\r\nConnection: close\r\n\r\n",
                new byte[0]);
    }

    private static String cookie(Answer answer, String fallback) {
        String set = answer.header("set-cookie");
        if (!set.contains("JSESSIONID=")) {
            return fallback;
        }
        String value = set.substring(set.indexOf("JSESSIONID="));
        int end = value.indexOf(';');
        return end < 0 ? value : value.substring(0, end);
    }

    private static String csrf(Answer page) {
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    // ---- the wire ----

    private Answer send(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            try {
                out.write(body);
                out.flush();
            } catch (IOException closedEarly) {
                // The server may answer and close before it has read a body it refuses.
            }
            return read(socket.getInputStream());
        }
    }

    private Answer sendChunked(String head, byte[] body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.UTF_8));
            try {
                for (int offset = 0; offset < body.length; offset += 64 * 1024) {
                    int length = Math.min(64 * 1024, body.length - offset);
                    out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body, offset, length);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException closedEarly) {
                // As above: the answer may come before the whole body went.
            }
            return read(socket.getInputStream());
        }
    }

    private static Answer read(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        int split = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        String head = new String(all, 0, split < 0 ? all.length : split, StandardCharsets.ISO_8859_1);
        byte[] body = split < 0 ? new byte[0] : java.util.Arrays.copyOfRange(all, split + 4, all.length);
        String[] lines = head.split("\r\n");
        assertThat(lines[0]).as("a status line").startsWith("HTTP/1.1 ");
        int status = Integer.parseInt(lines[0].substring(9, 12));
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                String name = lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT);
                headers.merge(name, lines[i].substring(colon + 1).trim(), (a, b) -> a + "; " + b);
            }
        }
        if (headers.getOrDefault("transfer-encoding", "").contains("chunked")) {
            body = unchunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
        int at = 0;
        while (at < chunked.length) {
            int end = indexOf(chunked, crlf, at);
            if (end < 0) {
                break;
            }
            String sizeLine = new String(chunked, at, end - at, StandardCharsets.US_ASCII);
            int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, end + 2, Math.min(size, chunked.length - end - 2));
            at = end + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
