package no.innomotor.funding.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import no.innomotor.funding.EntryView;
import no.innomotor.funding.FundingQueries;
import no.innomotor.funding.FundingWarning;
import no.innomotor.funding.Portfolio;
import no.innomotor.funding.ProjectFunding;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.Money;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The funding API, version 1: a project's funding with its warnings, and an instrument actor's portfolio. The same
 * access rules as the pages: a project or actor the caller may not see is not found (404), problem+json in the
 * caller's language. Amounts are whole Norwegian kroner; ids plain strings.
 */
@RestController
@RequestMapping(produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
@Tag(name = "Funding", description = "Coordination of a project's instruments and of the instrument actors")
@SecurityRequirement(name = "bearerToken")
class FundingApi {

    private final FundingQueries queries;
    private final WarningSentences sentences;

    FundingApi(FundingQueries queries, WarningSentences sentences) {
        this.queries = queries;
        this.sentences = sentences;
    }

    @GetMapping("/api/v1/projects/{id}/funding")
    @Operation(
            summary = "A project's funding",
            description = "Every instrument the project applied for or was granted, totals per status and per actor,"
                    + " and the warnings (the same cost covered twice, a co-financing cap exceeded) as sentences.")
    @ApiResponse(responseCode = "200", description = "The project's funding")
    @ApiResponse(
            responseCode = "404",
            description = "No such project, or the caller may not see it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    FundingJson project(
            @AuthenticationPrincipal CurrentUser user,
            @Parameter(description = "Project id") @PathVariable ProjectId id,
            Locale locale) {
        ProjectFunding funding = queries.project(id, user);
        return new FundingJson(
                id.toString(),
                funding.project().title(),
                funding.totalCost().kroner(),
                funding.recordedTotalCost() == null ? "ESTIMATED_VALUE" : "RECORDED",
                funding.entries().stream().map(EntryJson::of).toList(),
                funding.byStatus().stream()
                        .map(t -> new StatusTotalJson(
                                t.status().name(),
                                t.count(),
                                t.applied().kroner(),
                                t.granted().kroner()))
                        .toList(),
                funding.byActor().stream()
                        .map(t -> new ActorTotalJson(
                                t.actorName(),
                                t.actorOrganisation() == null
                                        ? null
                                        : t.actorOrganisation().toString(),
                                t.count(),
                                t.applied().kroner(),
                                t.granted().kroner()))
                        .toList(),
                funding.warnings().stream().map(w -> warning(w, locale)).toList());
    }

    @GetMapping("/api/v1/funding/actors/{organisationId}/portfolio")
    @Operation(
            summary = "An instrument actor's portfolio",
            description = "The projects the actor funds or has applications from, with its own entries, and for the"
                    + " other actors funding the same projects only their name, how many projects and the sum granted.")
    @ApiResponse(responseCode = "200", description = "The portfolio")
    @ApiResponse(
            responseCode = "404",
            description = "No such instrument actor, or the caller may not read its portfolio",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    PortfolioJson portfolio(
            @AuthenticationPrincipal CurrentUser user,
            @Parameter(description = "The instrument actor's organisation id") @PathVariable
                    OrganisationId organisationId) {
        Portfolio portfolio = queries.portfolio(organisationId, user);
        return new PortfolioJson(
                portfolio.actor().toString(),
                portfolio.actorName(),
                portfolio.committed().kroner(),
                portfolio.pending().kroner(),
                portfolio.projects().stream()
                        .map(p -> new PortfolioProjectJson(
                                p.id().toString(),
                                p.title(),
                                p.ownerName(),
                                p.committed().kroner(),
                                p.doubleCovered().stream().map(Enum::name).toList(),
                                p.entries().stream()
                                        .map(l -> new LineJson(
                                                l.instrumentName(),
                                                l.source().name(),
                                                l.status().name(),
                                                l.applied().kroner(),
                                                l.granted().kroner(),
                                                l.periodStart(),
                                                l.periodEnd()))
                                        .toList()))
                        .toList(),
                portfolio.coFunders().stream()
                        .map(c -> new CoFunderJson(
                                c.name(), c.sharedProjects(), c.granted().kroner()))
                        .toList());
    }

    private WarningJson warning(FundingWarning warning, Locale locale) {
        String text = sentences.sentence(warning, locale);
        if (warning instanceof FundingWarning.DoubleCoverage overlap) {
            return new WarningJson(
                    "DOUBLE_COVERAGE",
                    text,
                    List.of(
                            overlap.first().id().toString(),
                            overlap.second().id().toString()),
                    overlap.categories().stream().map(Enum::name).toList());
        }
        FundingWarning.CapExceeded cap = (FundingWarning.CapExceeded) warning;
        return new WarningJson("CAP_EXCEEDED", text, List.of(cap.entry().id().toString()), List.of());
    }

    record FundingJson(
            String project,
            String title,
            long totalCost,

            @Schema(description = "RECORDED by the team for funding, or the project's ESTIMATED_VALUE")
            String totalCostFrom,

            List<EntryJson> entries,
            List<StatusTotalJson> byStatus,
            List<ActorTotalJson> byActor,
            List<WarningJson> warnings) {}

    record EntryJson(
            String id,
            String source,
            @Nullable String applicationId,
            String instrumentName,
            @Nullable String instrumentId,
            @Nullable String actorOrganisation,
            String actorName,
            String status,
            long amountApplied,
            @Nullable Long amountGranted,
            LocalDate periodStart,
            LocalDate periodEnd,
            List<String> costCategories,
            @Nullable Integer maxCoFinancingPercent,
            String note,
            long version) {

        static EntryJson of(EntryView e) {
            Money granted = e.amountGranted();
            return new EntryJson(
                    e.id().toString(),
                    e.source().name(),
                    e.applicationId(),
                    e.instrumentName(),
                    e.instrumentId(),
                    e.actorOrganisation() == null ? null : e.actorOrganisation().toString(),
                    e.actorName(),
                    e.status().name(),
                    e.amountApplied().kroner(),
                    granted == null ? null : granted.kroner(),
                    e.periodStart(),
                    e.periodEnd(),
                    e.costCategories().stream().map(Enum::name).toList(),
                    e.maxCoFinancingPercent(),
                    e.note(),
                    e.version());
        }
    }

    record StatusTotalJson(String status, int count, long applied, long granted) {}

    record ActorTotalJson(
            String actorName, @Nullable String actorOrganisation, int count, long applied, long granted) {}

    record WarningJson(String kind, String text, List<String> entries, List<String> costCategories) {}

    record PortfolioJson(
            String actor,
            String name,
            long committed,
            long pending,
            List<PortfolioProjectJson> projects,
            List<CoFunderJson> coFunders) {}

    record PortfolioProjectJson(
            String id,
            String title,
            String owner,
            long committed,
            List<String> doubleCovered,
            List<LineJson> entries) {}

    record LineJson(
            String instrumentName,
            String source,
            String status,
            long applied,
            long granted,
            LocalDate periodStart,
            LocalDate periodEnd) {}

    record CoFunderJson(String name, int sharedProjects, long granted) {}
}
