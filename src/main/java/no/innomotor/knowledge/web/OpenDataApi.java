package no.innomotor.knowledge.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import no.innomotor.knowledge.OpenData;
import no.innomotor.knowledge.ProjectStatistics;
import no.innomotor.shared.web.ApiProblem;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data, for anyone without signing in: the open projects a page at a time and their statistics. Only projects
 * with a signed mandate or a published market dialogue, only the allow-listed fields (docs/opendata.md).
 */
@RestController
@Tag(name = "Open data", description = "Open projects and statistics, NLOD 2.0, no sign-in")
class OpenDataApi {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final OpenData openData;
    private final MessageSource messages;

    OpenDataApi(OpenData openData, MessageSource messages) {
        this.openData = openData;
        this.messages = messages;
    }

    @GetMapping(
            path = "/api/v1/open/projects",
            produces = {JSON, PROBLEM})
    @Operation(
            summary = "Open projects",
            description = "Projects with a signed mandate or a published market dialogue, in id order; follow "
                    + "links.next for the next page (absent on the last).")
    @ApiResponse(responseCode = "200", description = "One page of open projects")
    @ApiResponse(
            responseCode = "400",
            description = "A page size outside 1–1000, or an after that is not a project id",
            content = @Content(mediaType = PROBLEM))
    ResponseEntity<?> projects(
            @Parameter(description = "The last project id of the previous page")
                    @RequestParam(required = false)
                    @Nullable
                    String after,
            @Parameter(description = "Page size, 1 to 1000 (100 by default)") @RequestParam(required = false) @Nullable
                    String size,
            Locale locale) {
        OpenDataPaging.Parsed parsed = OpenDataPaging.parse(after, size);
        if (parsed instanceof OpenDataPaging.Refused refused) {
            return ApiProblem.unreadable(messages, refused.reasonKey(), locale);
        }
        OpenDataPaging paging = ((OpenDataPaging.Valid) parsed).paging();
        OpenData.Page page = openData.page(paging.after(), paging.size());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(new OpenDataJson.ProjectPage(
                        page.projects().stream().map(OpenDataJson.Project::of).toList(),
                        new OpenDataJson.Links(
                                OpenDataPaging.self(),
                                page.next() == null ? null : OpenDataPaging.next(page.next(), paging.size()))));
    }

    @GetMapping(
            path = "/api/v1/open/statistics",
            produces = {JSON})
    @Operation(
            summary = "Open statistics",
            description = "Counts and sums over the open projects: by step, procedure, sector and county; median days "
                    + "per step; dialogue participation; risk relief granted; benefit realisation.")
    @ApiResponse(
            responseCode = "200",
            description = "The statistics",
            content = @Content(schema = @Schema(implementation = ProjectStatistics.class)))
    ProjectStatistics statistics() {
        return openData.statistics();
    }
}
