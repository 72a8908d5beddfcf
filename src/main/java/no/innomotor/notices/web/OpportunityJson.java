package no.innomotor.notices.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.innomotor.notices.NoticeKind;
import no.innomotor.notices.Opportunity;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.Money;
import no.innomotor.shared.NutsCode;
import org.jspecify.annotations.Nullable;

/**
 * An opportunity as the JSON API writes it: every field of {@link Opportunity}, its id and codes plain strings, an
 * estimated value as a number with its currency code beside it.
 */
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
        List<Lot> lots,
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

    /** A lot as the API has always written it: the value a number, its currency code beside it. */
    record Lot(
            String lotId,
            @Nullable String title,
            @Nullable String titleLanguage,
            @Nullable Instant deadline,
            @Nullable BigDecimal estimatedValue,
            @Nullable String currency) {

        static Lot of(Opportunity.Lot lot) {
            Money value = lot.estimatedValue();
            return new Lot(
                    lot.lotId(),
                    lot.title(),
                    lot.titleLanguage(),
                    lot.deadline(),
                    value == null ? null : value.amount(),
                    value == null ? null : value.currency().getCurrencyCode());
        }
    }

    static OpportunityJson of(Opportunity o) {
        Money value = o.estimatedValue();
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
                o.cpvCodes().stream().map(CpvCode::value).toList(),
                o.cpvScope().stream().map(CpvCode::value).collect(Collectors.toCollection(TreeSet::new)),
                o.nutsCodes().stream().map(NutsCode::value).toList(),
                o.procedureType(),
                o.contractNature(),
                o.lots().stream().map(Lot::of).toList(),
                o.deadline(),
                value == null ? null : value.amount(),
                value == null ? null : value.currency().getCurrencyCode(),
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
