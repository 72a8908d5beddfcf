package no.innomotor.instruments.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.innomotor.instruments.Audience;
import no.innomotor.instruments.CatalogueFilter;
import no.innomotor.instruments.InstrumentId;
import no.innomotor.instruments.InstrumentKind;
import no.innomotor.instruments.InstrumentMatching;
import no.innomotor.instruments.InstrumentQueries;
import no.innomotor.instruments.RuleSentences;
import no.innomotor.instruments.web.InstrumentsApiModels.InstrumentJson;
import no.innomotor.instruments.web.InstrumentsApiModels.InstrumentListJson;
import no.innomotor.instruments.web.InstrumentsApiModels.MatchJson;
import no.innomotor.instruments.web.InstrumentsApiModels.ReasonJson;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The instruments API, version 1: the published catalogue for anyone, and a project's explained matches for the
 * people who see the project. A draft or an unknown instrument is not found (404); errors are problem+json in the
 * caller's language (?lang=nb|nn|en), and so are the match reasons' sentences.
 */
@RestController
@Tag(name = "Instruments", description = "The catalogue of support instruments and explained matching")
class InstrumentsApi {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final InstrumentQueries queries;
    private final InstrumentMatching matching;
    private final RuleSentences sentences;

    InstrumentsApi(InstrumentQueries queries, InstrumentMatching matching, RuleSentences sentences) {
        this.queries = queries;
        this.matching = matching;
        this.sentences = sentences;
    }

    @GetMapping(
            path = "/api/v1/instruments",
            produces = {JSON, PROBLEM})
    @Operation(
            summary = "List published instruments",
            description = "The latest published version of every instrument, by name, a page at a time. An "
                    + "instrument for both sides is listed for either audience.")
    @ApiResponse(responseCode = "200", description = "One page of instruments")
    InstrumentListJson list(
            @Parameter(description = "Kind, e.g. GRANT") @RequestParam(required = false) @Nullable InstrumentKind kind,
            @Parameter(description = "BUYER or SUPPLIER") @RequestParam(required = false) @Nullable Audience audience,
            @Parameter(description = "Owning actor's organisation id") @RequestParam(required = false) @Nullable
                    UUID actor,
            @Parameter(description = "Page index, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Page size, 1 to 100") @RequestParam(defaultValue = "20") int size) {
        CatalogueFilter filter = new CatalogueFilter(kind, audience, actor == null ? null : new OrganisationId(actor));
        return InstrumentListJson.of(queries.page(filter, page, size));
    }

    @GetMapping(
            path = "/api/v1/instruments/{id}",
            produces = {JSON, PROBLEM})
    @Operation(summary = "Read one published instrument", description = "Its latest published version.")
    @ApiResponse(responseCode = "200", description = "The instrument")
    @ApiResponse(
            responseCode = "404",
            description = "No such instrument, or it is not published",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    InstrumentJson read(@Parameter(description = "Instrument id") @PathVariable InstrumentId id) {
        return InstrumentJson.of(queries.publishedInstrument(id));
    }

    @GetMapping(
            path = "/api/v1/projects/{projectId}/instrument-matches",
            produces = {JSON, PROBLEM})
    @Operation(
            summary = "A project's instrument matches",
            description = "Every published instrument against the project, best first: fits is true only when every "
                    + "rule is met; each reason's text is a sentence in the caller's language.")
    @ApiResponse(responseCode = "200", description = "The matches")
    @ApiResponse(
            responseCode = "404",
            description = "No such project, or the caller may not see it",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    List<MatchJson> matches(
            @AuthenticationPrincipal CurrentUser user,
            @Parameter(description = "Project id") @PathVariable ProjectId projectId,
            Locale locale) {
        return matching.forProject(projectId, user).matches().stream()
                .map(m -> new MatchJson(
                        m.instrument().id().toString(),
                        m.instrument().name(),
                        m.fits(),
                        m.score(),
                        m.results().stream()
                                .map(r -> new ReasonJson(r.code().apiName(), r.met(), sentences.text(r, locale)))
                                .toList()))
                .toList();
    }
}
