package no.innomotor.notices.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.innomotor.notices.NoticeKind;
import no.innomotor.notices.Opportunity;
import org.jspecify.annotations.Nullable;

/** An opportunity as the JSON API writes it: every field of {@link Opportunity}, its id a plain string. */
@Schema(name = "Opportunity")
record OpportunityJson(
        @Schema(description = "Opportunity id", format = "uuid")
        String id,

        String noticeId,
        String noticeVersion,
        @Nullable NoticeKind kind,
        @Nullable String noticeType,
        @Nullable String subtype,
        @Nullable LocalDate publishedOn,
        List<Opportunity.Buyer> buyers,
        Map<String, String> titles,
        Map<String, String> descriptions,
        List<String> cpvCodes,
        Set<String> cpvScope,
        List<String> nutsCodes,
        @Nullable String procedureType,
        @Nullable String contractNature,
        List<Opportunity.Lot> lots,
        @Nullable Instant deadline,
        @Nullable BigDecimal estimatedValue,
        @Nullable String currency,
        boolean strategicInnovation,
        List<String> innovativeAcquisition,
        @Nullable String sourceUrl,
        @Nullable String changedByNoticeId,
        boolean cancelled,
        Instant importedAt,
        Instant updatedAt,

        @Schema(description = "Demo data of the embedded default, not a real notice")
        boolean demo) {

    static OpportunityJson of(Opportunity o) {
        return new OpportunityJson(
                o.id().toString(),
                o.noticeId(),
                o.noticeVersion(),
                o.kind(),
                o.noticeType(),
                o.subtype(),
                o.publishedOn(),
                o.buyers(),
                o.titles(),
                o.descriptions(),
                o.cpvCodes(),
                o.cpvScope(),
                o.nutsCodes(),
                o.procedureType(),
                o.contractNature(),
                o.lots(),
                o.deadline(),
                o.estimatedValue(),
                o.currency(),
                o.strategicInnovation(),
                o.innovativeAcquisition(),
                o.sourceUrl(),
                o.changedByNoticeId(),
                o.cancelled(),
                o.importedAt(),
                o.updatedAt(),
                o.demo());
    }
}
