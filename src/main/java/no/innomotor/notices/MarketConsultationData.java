package no.innomotor.notices;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.Money;
import no.innomotor.shared.NutsCode;
import org.jspecify.annotations.Nullable;

/**
 * Everything a market-consultation notice says, as plain data (the projects module fills it from a project). Any
 * value may be missing: {@link MarketConsultationCheck} lists what the chosen notice needs and the data lacks, so the
 * buyer sees a checklist instead of an invalid file. Build it with {@link #builder()}.
 *
 * @param buyerName the buying organisation's name (BT-500)
 * @param buyerOrgNumber its Norwegian organisation number, nine digits (BT-501)
 * @param buyerLegalType code from the SDK's {@code buyer-legal-type} list (BT-11); null means {@code body-pl}
 * @param buyerActivity code from the SDK's {@code authority-activity} list (BT-10); null means {@code gen-pub}
 * @param buyerTown town of the buyer's address (BT-513)
 * @param buyerPostcode Norwegian post code of the buyer's address, four digits (BT-512)
 * @param buyerNuts NUTS level-3 code of the buyer's address, e.g. "NO081" (BT-507); the country is always Norway
 * @param contactName the contact point's name (BT-502), optional
 * @param contactEmail the contact point's e-mail address (BT-506)
 * @param contactPhone the contact point's telephone number (BT-503), required by the prior information notice
 * @param reference the buyer's own reference for the procurement (BT-22), optional
 * @param title the project's title in each publication language (BT-21)
 * @param description the project's description in each publication language (BT-24)
 * @param mainCpv the main CPV code (BT-262)
 * @param additionalCpv further CPV codes (BT-263)
 * @param placesOfPerformance NUTS level-3 codes where the contract will be performed (BT-5071)
 * @param estimatedValue estimated value in Norwegian kroner, excluding VAT (BT-27), optional
 * @param responseDeadline the date by which suppliers should respond (the E1 notice's BT-800)
 * @param dialogueStart first day of the dialogue period
 * @param dialogueEnd last day of the dialogue period
 * @param plannedCompetitionNotice estimated date of the competition notice that will follow (BT-127), required by the
 *     prior information notice
 * @param responseUrl where suppliers respond (BT-18), required by the pre-market consultation notice
 * @param reviewBody the body that reviews complaints (OPT-301 review organisation), required by the prior
 *     information notice: in Norway usually the district court of the buyer's venue
 * @param languages the publication languages; the first is the notice's main language
 */
public record MarketConsultationData(
        @Nullable String buyerName,
        @Nullable String buyerOrgNumber,
        @Nullable String buyerLegalType,
        @Nullable String buyerActivity,
        @Nullable String buyerTown,
        @Nullable String buyerPostcode,
        @Nullable NutsCode buyerNuts,
        @Nullable String contactName,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        @Nullable String reference,
        MarketConsultationText title,
        MarketConsultationText description,
        @Nullable CpvCode mainCpv,
        List<CpvCode> additionalCpv,
        List<NutsCode> placesOfPerformance,
        @Nullable Money estimatedValue,
        @Nullable LocalDate responseDeadline,
        @Nullable LocalDate dialogueStart,
        @Nullable LocalDate dialogueEnd,
        @Nullable LocalDate plannedCompetitionNotice,
        @Nullable String responseUrl,
        @Nullable ReviewBody reviewBody,
        List<MarketConsultationLanguage> languages) {

    /** The buyer's country (BT-514): Innomotor serves Norwegian public buyers. */
    public static final String BUYER_COUNTRY = "NOR";

    /**
     * The body responsible for review procedures (an eForms organisation in the role review organisation). eForms asks
     * the same of it as of the buyer: name, organisation number, town, post code and NUTS code; the country is Norway.
     */
    public record ReviewBody(
            @Nullable String name,
            @Nullable String orgNumber,
            @Nullable String town,
            @Nullable String postcode,
            @Nullable NutsCode nuts) {}

    public MarketConsultationData {
        title = title == null ? new MarketConsultationText(null, null) : title;
        description = description == null ? new MarketConsultationText(null, null) : description;
        additionalCpv = withoutNulls(additionalCpv);
        placesOfPerformance = withoutNulls(placesOfPerformance);
        languages = withoutNulls(languages).stream().distinct().toList();
    }

    private static <T> List<T> withoutNulls(@Nullable List<@Nullable T> values) {
        return values == null
                ? List.of()
                : values.stream()
                        .filter(Objects::nonNull)
                        .map(Objects::requireNonNull)
                        .toList();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this data, to change a few values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.buyerName = buyerName;
        b.buyerOrgNumber = buyerOrgNumber;
        b.buyerLegalType = buyerLegalType;
        b.buyerActivity = buyerActivity;
        b.buyerTown = buyerTown;
        b.buyerPostcode = buyerPostcode;
        b.buyerNuts = buyerNuts;
        b.contactName = contactName;
        b.contactEmail = contactEmail;
        b.contactPhone = contactPhone;
        b.reference = reference;
        b.title = title;
        b.description = description;
        b.mainCpv = mainCpv;
        b.additionalCpv = new ArrayList<>(additionalCpv);
        b.placesOfPerformance = new ArrayList<>(placesOfPerformance);
        b.estimatedValue = estimatedValue;
        b.responseDeadline = responseDeadline;
        b.dialogueStart = dialogueStart;
        b.dialogueEnd = dialogueEnd;
        b.plannedCompetitionNotice = plannedCompetitionNotice;
        b.responseUrl = responseUrl;
        b.reviewBody = reviewBody;
        b.languages = new ArrayList<>(languages);
        return b;
    }

    /** Fluent construction; every setter may be skipped, the check reports what is missing. */
    public static final class Builder {
        private @Nullable String buyerName;
        private @Nullable String buyerOrgNumber;
        private @Nullable String buyerLegalType;
        private @Nullable String buyerActivity;
        private @Nullable String buyerTown;
        private @Nullable String buyerPostcode;
        private @Nullable NutsCode buyerNuts;
        private @Nullable String contactName;
        private @Nullable String contactEmail;
        private @Nullable String contactPhone;
        private @Nullable String reference;
        private MarketConsultationText title = new MarketConsultationText(null, null);
        private MarketConsultationText description = new MarketConsultationText(null, null);
        private @Nullable CpvCode mainCpv;
        private List<CpvCode> additionalCpv = new ArrayList<>();
        private List<NutsCode> placesOfPerformance = new ArrayList<>();
        private @Nullable Money estimatedValue;
        private @Nullable LocalDate responseDeadline;
        private @Nullable LocalDate dialogueStart;
        private @Nullable LocalDate dialogueEnd;
        private @Nullable LocalDate plannedCompetitionNotice;
        private @Nullable String responseUrl;
        private @Nullable ReviewBody reviewBody;
        private List<MarketConsultationLanguage> languages = new ArrayList<>();

        private Builder() {}

        public Builder buyer(@Nullable String name, @Nullable String orgNumber) {
            this.buyerName = name;
            this.buyerOrgNumber = orgNumber;
            return this;
        }

        /** Codes from the SDK's {@code buyer-legal-type} and {@code authority-activity} lists; null for the default. */
        public Builder buyerType(@Nullable String legalType, @Nullable String activity) {
            this.buyerLegalType = legalType;
            this.buyerActivity = activity;
            return this;
        }

        public Builder buyerAddress(@Nullable String town, @Nullable String postcode, @Nullable NutsCode nuts) {
            this.buyerTown = town;
            this.buyerPostcode = postcode;
            this.buyerNuts = nuts;
            return this;
        }

        public Builder contact(@Nullable String name, @Nullable String email, @Nullable String phone) {
            this.contactName = name;
            this.contactEmail = email;
            this.contactPhone = phone;
            return this;
        }

        public Builder reference(@Nullable String reference) {
            this.reference = reference;
            return this;
        }

        public Builder title(MarketConsultationText title) {
            this.title = title;
            return this;
        }

        public Builder description(MarketConsultationText description) {
            this.description = description;
            return this;
        }

        public Builder cpv(@Nullable CpvCode main, List<CpvCode> additional) {
            this.mainCpv = main;
            this.additionalCpv = new ArrayList<>(additional);
            return this;
        }

        public Builder placesOfPerformance(List<NutsCode> nutsCodes) {
            this.placesOfPerformance = new ArrayList<>(nutsCodes);
            return this;
        }

        public Builder estimatedValue(@Nullable Money value) {
            this.estimatedValue = value;
            return this;
        }

        public Builder responseDeadline(@Nullable LocalDate date) {
            this.responseDeadline = date;
            return this;
        }

        public Builder dialoguePeriod(@Nullable LocalDate start, @Nullable LocalDate end) {
            this.dialogueStart = start;
            this.dialogueEnd = end;
            return this;
        }

        public Builder plannedCompetitionNotice(@Nullable LocalDate date) {
            this.plannedCompetitionNotice = date;
            return this;
        }

        public Builder responseUrl(@Nullable String url) {
            this.responseUrl = url;
            return this;
        }

        public Builder reviewBody(
                @Nullable String name,
                @Nullable String orgNumber,
                @Nullable String town,
                @Nullable String postcode,
                @Nullable NutsCode nuts) {
            this.reviewBody = new ReviewBody(name, orgNumber, town, postcode, nuts);
            return this;
        }

        public Builder reviewBody(@Nullable ReviewBody reviewBody) {
            this.reviewBody = reviewBody;
            return this;
        }

        public Builder languages(MarketConsultationLanguage... languages) {
            this.languages = new ArrayList<>(List.of(languages));
            return this;
        }

        public MarketConsultationData build() {
            return new MarketConsultationData(
                    buyerName,
                    buyerOrgNumber,
                    buyerLegalType,
                    buyerActivity,
                    buyerTown,
                    buyerPostcode,
                    buyerNuts,
                    contactName,
                    contactEmail,
                    contactPhone,
                    reference,
                    title,
                    description,
                    mainCpv,
                    additionalCpv,
                    placesOfPerformance,
                    estimatedValue,
                    responseDeadline,
                    dialogueStart,
                    dialogueEnd,
                    plannedCompetitionNotice,
                    responseUrl,
                    reviewBody,
                    languages);
        }
    }
}
