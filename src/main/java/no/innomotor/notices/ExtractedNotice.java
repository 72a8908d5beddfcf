package no.innomotor.notices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.Money;
import no.innomotor.shared.NutsCode;
import org.jspecify.annotations.Nullable;

/** The fields of one eForms notice that become an opportunity; see {@link NoticeExtractor} for where each comes from. */
record ExtractedNotice(
        String noticeId,
        String version,
        int versionNumber,
        @Nullable String changesNoticeId,
        boolean cancelled,
        boolean procurement,
        @Nullable NoticeKind kind,
        @Nullable String noticeType,
        @Nullable String formType,
        @Nullable String subtype,
        @Nullable Instant issuedAt,
        @Nullable LocalDate publishedOn,
        @Nullable String tedPublicationId,
        List<String> languages,
        Map<String, String> titles,
        Map<String, String> descriptions,
        List<Opportunity.Buyer> buyers,
        List<CpvCode> cpvCodes,
        List<NutsCode> nutsCodes,
        @Nullable String procedureType,
        @Nullable String contractNature,
        List<Opportunity.Lot> lots,
        @Nullable Instant deadline,
        @Nullable Money estimatedValue,
        boolean strategicInnovation,
        Set<String> innovativeAcquisition,
        List<AwardWinner> winners) {

    ExtractedNotice {
        winners = List.copyOf(winners);
    }

    /** TED's page for a notice it published; none for notices not (yet) published there. */
    @Nullable
    String sourceUrl() {
        if (tedPublicationId == null) {
            return null;
        }
        String number = tedPublicationId.replaceFirst("^0+(?=\\d)", "");
        return number.matches("\\d+-\\d{4}") ? "https://ted.europa.eu/en/notice/-/detail/" + number : null;
    }
}
