package no.innomotor.knowledge.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import no.innomotor.knowledge.OcdsReleases;
import no.innomotor.knowledge.OpenData;
import no.innomotor.knowledge.OpenProject;
import no.innomotor.shared.BaseUrl;
import no.innomotor.shared.web.ApiProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * OCDS 1.1 for anyone without signing in: a release package of the open projects a page at a time (keyset paging,
 * {@code links.next} absent on the last page), and one project's record package by its ocid. The package is written
 * to the response release by release, so a page of a thousand projects never sits in memory as one string.
 */
@RestController
@Tag(name = "Open data", description = "Open projects and statistics, NLOD 2.0, no sign-in")
class OcdsApi {

    static final String LICENSE = "https://data.norge.no/nlod/no/2.0";
    static final String VERSION = "1.1";

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final OpenData openData;
    private final OcdsReleases ocds;
    private final MessageSource messages;
    private final JsonMapper json;
    private final Clock clock;
    private final String baseUrl;
    private final String publisherName;

    OcdsApi(
            OpenData openData,
            OcdsReleases ocds,
            MessageSource messages,
            JsonMapper json,
            Clock clock,
            @Value("${innomotor.base-url}") String baseUrl,
            @Value("${innomotor.open-data.publisher-name:Innomotor}") String publisherName) {
        this.openData = openData;
        this.ocds = ocds;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
        this.baseUrl = BaseUrl.trimmed(baseUrl);
        this.publisherName = publisherName;
    }

    @GetMapping(
            path = "/api/v1/open/ocds/release-package",
            produces = {JSON, PROBLEM})
    @Operation(
            summary = "OCDS release package",
            description = "Every open project's releases (planning; tender once a market dialogue is published or "
                    + "the competition reached), a page of projects at a time; follow links.next.")
    @ApiResponse(responseCode = "200", description = "An OCDS 1.1 release package")
    @ApiResponse(
            responseCode = "400",
            description = "A page size outside 1–1000, or an after that is not a project id",
            content = @Content(mediaType = PROBLEM))
    @Nullable
    ResponseEntity<ProblemDetail> releasePackage(
            @Parameter(description = "The last project id of the previous page")
                    @RequestParam(required = false)
                    @Nullable
                    String after,
            @Parameter(description = "Projects per page, 1 to 1000 (100 by default)")
                    @RequestParam(required = false)
                    @Nullable
                    String size,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        OpenDataPaging.Parsed parsed = OpenDataPaging.parse(after, size);
        if (parsed instanceof OpenDataPaging.Refused refused) {
            return ApiProblem.unreadable(messages, refused.reasonKey(), locale);
        }
        OpenDataPaging paging = ((OpenDataPaging.Valid) parsed).paging();
        OpenData.Page page = openData.page(paging.after(), paging.size());
        String self = OpenDataPaging.self();
        String next = page.next() == null ? null : OpenDataPaging.next(page.next(), paging.size());
        try (JsonGenerator out = start(response)) {
            out.writeStartObject();
            header(out, self);
            out.writeName("releases");
            out.writeStartArray();
            for (OpenProject project : page.projects()) {
                for (var release : ocds.releases(project)) {
                    json.writeValue(out, release);
                }
            }
            out.writeEndArray();
            if (next != null) {
                out.writeName("links");
                out.writeStartObject();
                out.writeStringProperty("next", next);
                out.writeEndObject();
            }
            out.writeEndObject();
        }
        return null;
    }

    @GetMapping(
            path = "/api/v1/open/ocds/record-package",
            produces = {JSON, PROBLEM})
    @Operation(
            summary = "OCDS record package",
            description = "One open project's record: its releases and the compiled release.")
    @ApiResponse(responseCode = "200", description = "An OCDS 1.1 record package")
    @ApiResponse(
            responseCode = "404",
            description = "No open project by that ocid",
            content = @Content(mediaType = PROBLEM))
    @Nullable
    ResponseEntity<ProblemDetail> recordPackage(
            @Parameter(description = "The project's ocid") @RequestParam(required = false) @Nullable String ocid,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        if (ocid == null || ocid.isBlank()) {
            return ApiProblem.unreadable(messages, "opendata.error.ocid", locale);
        }
        OpenProject project = ocds.project(ocid.strip());
        try (JsonGenerator out = start(response)) {
            out.writeStartObject();
            header(out, OpenDataPaging.self());
            out.writeName("packages");
            json.writeValue(out, List.of(baseUrl + "/api/v1/open/ocds/release-package"));
            out.writeName("records");
            out.writeStartArray();
            out.writeStartObject();
            out.writeStringProperty("ocid", ocds.ocid(project.id()));
            out.writeName("releases");
            json.writeValue(out, ocds.releases(project));
            out.writeName("compiledRelease");
            json.writeValue(out, ocds.compiledRelease(project));
            out.writeEndObject();
            out.writeEndArray();
            out.writeEndObject();
        }
        return null;
    }

    private JsonGenerator start(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        OutputStream body = response.getOutputStream();
        return json.createGenerator(body);
    }

    /** The fields every package begins with. */
    private void header(JsonGenerator out, String uri) {
        out.writeStringProperty("uri", uri);
        out.writeStringProperty("version", VERSION);
        out.writeName("extensions");
        json.writeValue(out, List.of(OcdsReleases.LOCATION_EXTENSION));
        out.writeStringProperty("publishedDate", OcdsReleases.timestamp(clock.instant()));
        out.writeName("publisher");
        out.writeStartObject();
        out.writeStringProperty("name", publisherName);
        out.writeStringProperty("uri", baseUrl);
        out.writeEndObject();
        out.writeStringProperty("license", LICENSE);
        out.writeStringProperty("publicationPolicy", baseUrl + "/open-data#ocds");
    }
}
