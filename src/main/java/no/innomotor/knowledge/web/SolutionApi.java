package no.innomotor.knowledge.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.innomotor.knowledge.SolutionId;
import no.innomotor.knowledge.SolutionQueries;
import no.innomotor.knowledge.SolutionView;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The solution catalogue's API, version 1, public: every listed solution with its adoptions by organisation. */
@RestController
@RequestMapping(produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
@Tag(name = "Solutions", description = "The solution catalogue and the spread of solutions to other buyers")
class SolutionApi {

    private final SolutionQueries queries;

    SolutionApi(SolutionQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/solutions")
    @Operation(summary = "Listed solutions, newest first, with their adoptions counted")
    List<SolutionSummaryJson> list() {
        return queries.listed().stream()
                .map(s -> new SolutionSummaryJson(
                        s.id().toString(), s.name(), s.organisationName(), s.listedAt(), s.adoptions()))
                .toList();
    }

    @GetMapping("/api/v1/solutions/{id}")
    @Operation(summary = "One solution with its adoptions")
    SolutionJson one(@Parameter(description = "Solution id") @PathVariable SolutionId id) {
        SolutionView s = queries.solution(id, null);
        return new SolutionJson(
                s.id().toString(),
                s.name(),
                s.description(),
                s.supplier(),
                s.contractForm(),
                s.organisationName(),
                s.publishedCase().map(Object::toString).orElse(null),
                s.listedAt(),
                s.adoptionCount(),
                s.adoptions().stream()
                        .map(a ->
                                new AdoptionJson(a.organisationName(), a.kind().name(), a.adoptedOn()))
                        .toList());
    }

    record SolutionSummaryJson(String id, String name, String organisation, Instant listedAt, long adoptions) {}

    record AdoptionJson(String organisation, String kind, LocalDate adoptedOn) {}

    record SolutionJson(
            String id,
            String name,
            String description,
            @Nullable String supplier,
            String contractForm,
            String organisation,
            @Nullable String caseId,
            Instant listedAt,
            long adoptions,
            List<AdoptionJson> adoptionList) {}
}
