package no.innomotor.riskrelief.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.innomotor.riskrelief.ApplicationId;
import no.innomotor.riskrelief.ApplicationListItem;
import no.innomotor.riskrelief.ApplicationView;
import no.innomotor.riskrelief.LedgerView;
import no.innomotor.riskrelief.RiskReliefQueries;
import no.innomotor.riskrelief.SchemeId;
import no.innomotor.riskrelief.SchemeView;
import no.innomotor.shared.CostCategory;
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
 * The risk-relief API, version 1, read-only, with the pages' rules: published schemes for signed-in buyers,
 * suppliers and instrument actors; a scheme's ledger for its owner's actors; an application for its applicant, the
 * owner's actors and its assessors (never one who declared a conflict). Ids are plain strings; amounts are whole
 * kroner (hours for a process scheme); errors are problem+json in the caller's language.
 */
@RestController
@RequestMapping(
        path = "/api/v1/riskrelief",
        produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
@Tag(name = "Risk relief", description = "Risk-relief schemes, applications and ledgers")
@SecurityRequirement(name = "bearerToken")
class RiskReliefApi {

    private final RiskReliefQueries queries;

    RiskReliefApi(RiskReliefQueries queries) {
        this.queries = queries;
    }

    record CriterionJson(String id, String name, int weight) {}

    record SchemeJson(
            String id,
            String owner,
            String ownerName,
            String name,
            String description,
            String kind,
            String audience,
            LocalDate deadline,
            String status,
            boolean open,
            List<CriterionJson> criteria,
            List<String> costCategories) {
        static SchemeJson of(SchemeView s) {
            return new SchemeJson(
                    s.id().toString(),
                    s.owner().value().toString(),
                    s.ownerName(),
                    s.name(),
                    s.description(),
                    s.kind().name(),
                    s.audience().name(),
                    s.deadline(),
                    s.status().name(),
                    s.open(),
                    s.criteria().stream()
                            .map(c -> new CriterionJson(c.id(), c.name(), c.weight()))
                            .toList(),
                    s.categories().stream().map(CostCategory::name).sorted().toList());
        }
    }

    record PeriodJson(int year, long budget, long committed, long paid, long remaining) {}

    record LedgerJson(String schemeId, String schemeName, String unit, List<PeriodJson> periods) {
        static LedgerJson of(LedgerView l) {
            return new LedgerJson(
                    l.schemeId(),
                    l.schemeName(),
                    l.kind() == no.innomotor.riskrelief.SchemeKind.FINANCIAL ? "NOK" : "HOURS",
                    l.periods().stream()
                            .map(p -> new PeriodJson(p.year(), p.budget(), p.committed(), p.paid(), p.remaining()))
                            .toList());
        }
    }

    record ApplicationItemJson(
            String id,
            String schemeId,
            String schemeName,
            String projectTitle,
            String applicantName,
            String status,
            long amountRequested,
            @Nullable Instant submittedAt,
            @Nullable String outcome,
            String as) {
        static ApplicationItemJson of(ApplicationListItem a) {
            return new ApplicationItemJson(
                    a.id().toString(),
                    a.schemeId(),
                    a.schemeName(),
                    a.projectTitle(),
                    a.applicantName(),
                    a.status().name(),
                    a.amountRequested(),
                    a.submittedAt(),
                    a.outcome() == null ? null : a.outcome().name(),
                    a.as().name());
        }
    }

    record MilestoneJson(String id, String name, LocalDate due, long amount, boolean reported, boolean paid) {}

    record HistoryJson(String what, String by, Instant at) {}

    record ApplicationJson(
            String id,
            String schemeId,
            String schemeName,
            String projectId,
            String projectTitle,
            String applicantName,
            String applicantKind,
            String status,
            long amountRequested,
            @Nullable LocalDate periodStart,
            @Nullable LocalDate periodEnd,
            List<String> costCategories,
            @Nullable String outcome,
            @Nullable Long amountGranted,
            List<String> conditions,
            @Nullable Instant decidedAt,
            List<MilestoneJson> milestones,
            List<HistoryJson> history,
            long version) {
        static ApplicationJson of(ApplicationView a) {
            return new ApplicationJson(
                    a.id().toString(),
                    a.schemeId(),
                    a.schemeName(),
                    a.project().value().toString(),
                    a.projectTitle(),
                    a.applicantName(),
                    a.applicantKind().name(),
                    a.status().name(),
                    a.amountRequested(),
                    a.periodStart(),
                    a.periodEnd(),
                    a.categories().stream().map(CostCategory::name).sorted().toList(),
                    a.outcome() == null ? null : a.outcome().name(),
                    a.amountGranted(),
                    a.conditions(),
                    a.decidedAt(),
                    a.milestones().stream()
                            .map(m -> new MilestoneJson(m.id(), m.name(), m.due(), m.amount(), m.reported(), m.paid()))
                            .toList(),
                    a.history().stream()
                            .map(h -> new HistoryJson(h.what(), h.byName(), h.at()))
                            .toList(),
                    a.version());
        }
    }

    @GetMapping("/schemes")
    @Operation(
            summary = "List schemes",
            description = "The caller's own organisation's schemes (drafts too) and every published scheme.")
    @ApiResponse(responseCode = "200", description = "The schemes")
    List<SchemeJson> schemes(@AuthenticationPrincipal CurrentUser user) {
        return queries.schemes(user).stream().map(SchemeJson::of).toList();
    }

    @GetMapping("/schemes/{schemeId}")
    @Operation(summary = "Read one scheme", description = "A published scheme, or a draft of the caller's own.")
    @ApiResponse(responseCode = "200", description = "The scheme")
    @ApiResponse(
            responseCode = "404",
            description = "No such scheme, or another actor's draft",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    SchemeJson scheme(
            @AuthenticationPrincipal CurrentUser user,
            @Parameter(description = "Scheme id") @PathVariable SchemeId schemeId) {
        return SchemeJson.of(queries.scheme(schemeId, user));
    }

    @GetMapping("/schemes/{schemeId}/ledger")
    @Operation(
            summary = "Read a scheme's ledger",
            description = "Per period the budget, committed, paid and remaining; for the owner's actors only.")
    @ApiResponse(responseCode = "200", description = "The ledger")
    @ApiResponse(
            responseCode = "404",
            description = "No such scheme of the caller's organisation",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    LedgerJson ledger(
            @AuthenticationPrincipal CurrentUser user,
            @Parameter(description = "Scheme id") @PathVariable SchemeId schemeId) {
        return LedgerJson.of(queries.ledger(schemeId, user));
    }

    @GetMapping("/applications")
    @Operation(
            summary = "List the caller's applications",
            description = "As applicant, as the owner of the scheme, or as an assigned assessor without a conflict.")
    @ApiResponse(responseCode = "200", description = "The applications")
    List<ApplicationItemJson> applications(@AuthenticationPrincipal CurrentUser user) {
        return queries.applications(user).stream().map(ApplicationItemJson::of).toList();
    }

    @GetMapping("/applications/{applicationId}")
    @Operation(summary = "Read one application", description = "With its status, decision, milestones and history.")
    @ApiResponse(responseCode = "200", description = "The application")
    @ApiResponse(
            responseCode = "404",
            description = "No such application the caller may read",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    ApplicationJson application(
            @AuthenticationPrincipal CurrentUser user,
            @Parameter(description = "Application id") @PathVariable ApplicationId applicationId) {
        return ApplicationJson.of(queries.application(applicationId, user));
    }
}
