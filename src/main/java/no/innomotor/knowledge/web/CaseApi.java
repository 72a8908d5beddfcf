package no.innomotor.knowledge.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.innomotor.benefits.BenefitFiguresChanged.Figure;
import no.innomotor.knowledge.CaseFunding;
import no.innomotor.knowledge.CaseId;
import no.innomotor.knowledge.CaseLibraryPage;
import no.innomotor.knowledge.CaseQueries;
import no.innomotor.knowledge.CaseSummary;
import no.innomotor.knowledge.CaseView;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The case library's API, version 1, public: published cases only, searched by the same filters as the page. No
 * person's name or e-mail address, nothing a supplier gave in confidence. Amounts in whole kroner; ids plain strings.
 */
@RestController
@RequestMapping(produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
@Tag(name = "Cases", description = "The case library: what finished projects did and learned")
class CaseApi {

    private final CaseQueries queries;

    CaseApi(CaseQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/cases")
    @Operation(summary = "Published cases", description = "Filters: q, procedure, county, cpv, step, year, page.")
    CaseListJson list(@ModelAttribute CaseQuery query) {
        CaseLibraryPage page = queries.search(query.filter(), query.getPage(), CasePages.PAGE_SIZE);
        return new CaseListJson(
                page.cases().stream().map(CaseSummaryJson::of).toList(), page.total(), page.page(), page.pages());
    }

    @GetMapping("/api/v1/cases/{id}")
    @Operation(summary = "One published case")
    CaseJson one(@Parameter(description = "Case id") @PathVariable CaseId id) {
        return CaseJson.of(queries.published(id));
    }

    record CaseListJson(List<CaseSummaryJson> cases, long total, int page, int pages) {}

    record CaseSummaryJson(
            String id,
            String title,
            String organisation,
            String procedure,
            String county,
            List<String> cpvDivisions,
            int step,
            int year,
            @Nullable Instant publishedAt,
            long adoptions) {
        static CaseSummaryJson of(CaseSummary c) {
            return new CaseSummaryJson(
                    c.id().toString(),
                    c.title(),
                    c.organisationName(),
                    c.procedure().name(),
                    c.nutsCode(),
                    c.cpvDivisions(),
                    c.step(),
                    c.year(),
                    c.publishedAt(),
                    c.adoptions());
        }
    }

    record DialogueJson(
            int announcements,
            long reached,
            long reachedSmes,
            long reachedNewToPublicSector,
            long registered,
            long registeredSmes,
            long registeredNewToPublicSector) {}

    record BenefitJson(
            String title,
            String type,
            String indicator,
            String unit,
            @Nullable BigDecimal baseline,
            @Nullable BigDecimal target,
            @Nullable LocalDate targetDate,
            @Nullable BigDecimal latest,
            @Nullable LocalDate latestOn,
            String status,
            @Nullable Long plannedNok,
            @Nullable Long realisedNok) {
        static BenefitJson of(Figure f) {
            return new BenefitJson(
                    f.title(),
                    f.type().name(),
                    f.indicator(),
                    f.unit(),
                    f.baseline(),
                    f.target(),
                    f.targetDate(),
                    f.latest(),
                    f.latestOn(),
                    f.status().name(),
                    kroner(f.plannedNok()),
                    kroner(f.realisedNok()));
        }
    }

    record LessonsJson(String wentWell, String doDifferently, String advice) {}

    record SolutionRefJson(String id, String name, long adoptions) {}

    record CaseJson(
            String id,
            String title,
            String organisation,
            String need,
            String procedure,
            List<String> cpvCodes,
            String county,
            int step,
            boolean projectCompleted,
            long estimatedValueNok,
            DialogueJson dialogue,
            List<CaseFunding> funding,
            String contract,
            List<BenefitJson> benefits,
            LessonsJson lessons,
            @Nullable Instant publishedAt,
            @Nullable SolutionRefJson solution) {
        static CaseJson of(CaseView c) {
            var d = c.dialogue();
            return new CaseJson(
                    c.id().toString(),
                    c.title(),
                    c.organisationName(),
                    c.need(),
                    c.procedure().name(),
                    c.cpvCodes().stream().map(CpvCode::value).toList(),
                    c.nutsCode(),
                    c.step(),
                    c.projectCompleted(),
                    c.estimatedValue().amount().longValue(),
                    new DialogueJson(
                            d.announcements(),
                            d.reached(),
                            d.reachedSmes(),
                            d.reachedNewToPublicSector(),
                            d.registered(),
                            d.registeredSmes(),
                            d.registeredNewToPublicSector()),
                    c.funding(),
                    "NOT_RECORDED",
                    c.benefits()
                            .map(b -> b.figures().stream().map(BenefitJson::of).toList())
                            .orElse(List.of()),
                    new LessonsJson(
                            c.lessons().wentWell(),
                            c.lessons().doDifferently(),
                            c.lessons().advice()),
                    c.publishedAt().orElse(null),
                    c.solution()
                            .map(s -> new SolutionRefJson(s.id().toString(), s.name(), s.adoptions()))
                            .orElse(null));
        }
    }

    static @Nullable Long kroner(@Nullable Money money) {
        return money == null ? null : money.amount().longValue();
    }
}
