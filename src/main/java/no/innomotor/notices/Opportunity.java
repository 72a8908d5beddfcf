package no.innomotor.notices;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.Money;
import no.innomotor.shared.NutsCode;
import org.jspecify.annotations.Nullable;

/**
 * An imported notice as suppliers see it: what is bought, by whom, where, until when, and whether it is an
 * innovative procurement. Titles and descriptions are kept in every language the notice has, keyed by the eForms
 * language code (ENG, NOR …).
 *
 * @param cpvCodes every CPV code of the notice and its lots, the main code first
 * @param cpvScope the CPV codes and all their ancestors in the CPV tree, so a parent code matches its descendants
 * @param estimatedValue the notice's estimated value (BT-27), or the sum of its lots' in one currency; none where
 *     the notice states no amount or a currency that is not an ISO 4217 code
 * @param deadline the latest deadline for tenders or requests to participate of any lot
 * @param strategicInnovation a lot is a strategic procurement of innovation (BT-06 {@code inn-pur})
 * @param innovativeAcquisition the "procurement of innovation" codes of the lots (BT-776: {@code mar-nov}, …)
 * @param demo written by the embedded default's demo data, not imported from a real notice
 */
public record Opportunity(
        OpportunityId id,
        String noticeId,
        String noticeVersion,
        @Nullable NoticeKind kind,
        @Nullable String noticeType,
        @Nullable String subtype,
        @Nullable LocalDate publishedOn,
        List<Buyer> buyers,
        Map<String, String> titles,
        Map<String, String> descriptions,
        List<CpvCode> cpvCodes,
        Set<CpvCode> cpvScope,
        List<NutsCode> nutsCodes,
        @Nullable String procedureType,
        @Nullable String contractNature,
        List<Lot> lots,
        @Nullable Instant deadline,
        @Nullable Money estimatedValue,
        boolean strategicInnovation,
        List<String> innovativeAcquisition,
        @Nullable String sourceUrl,
        @Nullable String changedByNoticeId,
        boolean cancelled,
        Instant importedAt,
        Instant updatedAt,
        boolean demo)
        implements Serializable {

    public record Buyer(
            String name,
            @Nullable String companyId,
            @Nullable String orgNumber) implements Serializable {}

    public record Lot(
            String lotId,
            @Nullable String title,
            @Nullable String titleLanguage,
            @Nullable Instant deadline,
            @Nullable Money estimatedValue)
            implements Serializable {}

    public Opportunity {
        buyers = List.copyOf(buyers);
        titles = Map.copyOf(titles);
        descriptions = Map.copyOf(descriptions);
        cpvCodes = List.copyOf(cpvCodes);
        cpvScope = Set.copyOf(cpvScope);
        nutsCodes = List.copyOf(nutsCodes);
        lots = List.copyOf(lots);
        innovativeAcquisition = List.copyOf(innovativeAcquisition);
    }

    /** Strategic procurement of innovation, or any innovative-acquisition field set. */
    public boolean innovative() {
        return strategicInnovation || !innovativeAcquisition.isEmpty();
    }

    /** A deadline that has not passed; false where the notice has none. */
    public boolean open(Instant now) {
        return deadline != null && !deadline.isBefore(now) && !cancelled;
    }

    /**
     * Whether this opportunity fits a supplier's interest (see {@link SupplierInterest}), made ready once to be held
     * against the interests of many suppliers: its texts are folded for keyword matching when this is called, not
     * per interest.
     */
    public Predicate<SupplierInterest> interestMatcher() {
        return OpportunityMatching.prepare(this);
    }

    public @Nullable CpvCode mainCpv() {
        return cpvCodes.isEmpty() ? null : cpvCodes.get(0);
    }

    public @Nullable Buyer buyer() {
        return buyers.isEmpty() ? null : buyers.get(0);
    }

    /** The title in the reader's language where the notice has it, else in another of its languages. */
    public @Nullable LocalizedText title(Locale locale) {
        return pick(titles, locale);
    }

    public @Nullable LocalizedText description(Locale locale) {
        return pick(descriptions, locale);
    }

    private static @Nullable LocalizedText pick(Map<String, String> texts, Locale locale) {
        for (String code : NoticeLanguages.preferred(locale)) {
            String text = texts.get(code);
            if (text != null) {
                return new LocalizedText(text, NoticeLanguages.tag(code));
            }
        }
        return texts.entrySet().stream()
                .min(Map.Entry.comparingByKey())
                .map(e -> new LocalizedText(e.getValue(), NoticeLanguages.tag(e.getKey())))
                .orElse(null);
    }
}
