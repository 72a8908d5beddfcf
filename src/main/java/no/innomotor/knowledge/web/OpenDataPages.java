package no.innomotor.knowledge.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import no.innomotor.knowledge.OcdsReleases;
import no.innomotor.knowledge.OpenData;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public open-data page and its CSV files, for anyone without signing in. The projects' file is written as the
 * projects are read, a thousand at a time.
 */
@Controller
class OpenDataPages {

    private final OpenData openData;
    private final String ocidPrefix;

    OpenDataPages(
            OpenData openData,
            @Value("${innomotor.open-data.ocid-prefix:" + OcdsReleases.PLACEHOLDER_PREFIX + "}") String ocidPrefix) {
        this.openData = openData;
        this.ocidPrefix = ocidPrefix;
    }

    @GetMapping("/open-data")
    String page(Model model) {
        model.addAttribute(
                "page",
                new OpenDataPage(
                        OpenDataFields.PROJECT_FIELDS.stream()
                                .map(field -> new OpenDataPage.Field(field.name(), field.explanationKey()))
                                .toList(),
                        ocidPrefix,
                        OcdsReleases.PLACEHOLDER_PREFIX.equals(ocidPrefix)));
        return OpenDataPage.TEMPLATE;
    }

    @GetMapping("/open-data/projects.csv")
    void projects(HttpServletResponse response) throws IOException {
        csvHeaders(response, "innomotor-projects.csv");
        try (OpenDataCsv csv = new OpenDataCsv(response.getOutputStream())) {
            csv.row(OpenDataFields.projectHeader());
            openData.forEachOpen(batch -> batch.forEach(project -> csv.row(OpenDataFields.projectRow(project))));
        }
    }

    @GetMapping("/open-data/statistics.csv")
    void statistics(HttpServletResponse response) throws IOException {
        csvHeaders(response, "innomotor-statistics.csv");
        try (OpenDataCsv csv = new OpenDataCsv(response.getOutputStream())) {
            csv.row(OpenDataFields.STATISTICS_HEADER);
            OpenDataFields.statisticsRows(openData.statistics()).forEach(csv::row);
        }
    }

    static void csvHeaders(HttpServletResponse response, String filename) {
        response.setContentType(OpenDataCsv.MEDIA_TYPE);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8)
                        .build()
                        .toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
    }
}
