package no.innomotor.knowledge.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import no.innomotor.knowledge.Analytics;
import no.innomotor.shared.FileNames;
import no.innomotor.shared.documents.XlsxDocument;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The analytics dashboard for advisers and administrators (every project) and top leaders (their organisations'),
 * each table downloadable as CSV and XLSX. The figures are computed for the person first, so nobody else learns them.
 */
@Controller
class AnalyticsPages {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Analytics analytics;
    private final AnalyticsTables tables;
    private final MessageSource messages;

    AnalyticsPages(Analytics analytics, AnalyticsTables tables, MessageSource messages) {
        this.analytics = analytics;
        this.tables = tables;
        this.messages = messages;
    }

    @GetMapping("/analytics")
    String page(@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
        Analytics.Figures figures = analytics.figures(user);
        model.addAttribute(
                "page",
                new AnalyticsPage(
                        "analytics.scope." + figures.scope().name(),
                        figures.statistics().projects(),
                        tables.tables(figures, locale)));
        return AnalyticsPage.TEMPLATE;
    }

    @GetMapping("/analytics/table.csv")
    ResponseEntity<byte[]> csv(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @Nullable String table,
            Locale locale) {
        AnalyticsTable chosen = table(user, table, locale);
        return file(csv(chosen), MediaType.parseMediaType(OpenDataCsv.MEDIA_TYPE), filename(chosen, "csv"));
    }

    @GetMapping("/analytics/table.xlsx")
    ResponseEntity<byte[]> xlsx(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @Nullable String table,
            Locale locale) {
        AnalyticsTable chosen = table(user, table, locale);
        return file(xlsx(chosen, user.displayName()), XLSX, filename(chosen, "xlsx"));
    }

    /** The table as CSV: the same writer as the open data, so text that looks like a formula is made inert. */
    static byte[] csv(AnalyticsTable table) {
        return OpenDataCsv.bytes(table.headers(), table.cells());
    }

    /** The table as a workbook: labels are string cells, never formulas, whatever they begin with. */
    static byte[] xlsx(AnalyticsTable table, String author) {
        List<XlsxDocument.Column> columns = table.headers().stream()
                .map(header -> new XlsxDocument.Column(header, 40))
                .toList();
        return XlsxDocument.titled(table.caption(), author)
                .sheet(table.caption(), columns, table.cells())
                .toBytes();
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(content);
    }

    /** The table asked for (the first when none is named); an unknown name is not found. */
    private AnalyticsTable table(CurrentUser user, @Nullable String id, Locale locale) {
        String wanted = id == null || id.isBlank() ? AnalyticsTables.IDS.get(0) : id;
        return tables.tables(analytics.figures(user), locale).stream()
                .filter(table -> table.id().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
    }

    private String filename(AnalyticsTable table, String extension) {
        return FileNames.clean(messages.getMessage("analytics.file", null, "analytics", java.util.Locale.ROOT) + "-"
                + table.id() + "." + extension);
    }
}
