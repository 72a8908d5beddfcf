package no.innomotor.notices.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.innomotor.notices.CpvCatalogue;
import no.innomotor.notices.LocalizedText;
import no.innomotor.notices.NoticeKind;
import no.innomotor.notices.NutsCatalogue;
import no.innomotor.notices.NutsRegion;
import no.innomotor.notices.Opportunity;
import no.innomotor.shared.Money;
import no.innomotor.shared.OrgNumber;
import org.jspecify.annotations.Nullable;

/**
 * An opportunity ready for a page in the reader's language: texts picked by language, codes with their labels. Codes
 * the bundles have no label for (a newer SDK's code lists) show as the code itself.
 */
public record OpportunityView(
        Opportunity opportunity,
        @Nullable LocalizedText title,
        @Nullable LocalizedText description,
        @Nullable String buyerName,
        @Nullable String buyerOrgNumber,
        List<Code> cpv,
        List<Code> regions,
        @Nullable String procedureKey,
        @Nullable String natureKey,
        List<String> innovationKeys,
        boolean open,
        boolean closed) {

    /** A code with its label; the label is null when no list names the code. */
    public record Code(String code, @Nullable String label) {}

    static final Set<String> PROCEDURES = Set.of(
            "open",
            "restricted",
            "neg-w-call",
            "neg-wo-call",
            "comp-dial",
            "innovation",
            "comp-tend",
            "oth-single",
            "oth-mult",
            "exp-int-rail");
    static final Set<String> NATURES = Set.of("works", "supplies", "services", "combined");
    static final Set<String> INNOVATIONS = Set.of("mar-nov", "proc-innov", "prod-innov", "rd-act");

    static OpportunityView of(Opportunity o, Locale locale, CpvCatalogue cpv, NutsCatalogue nuts, Instant now) {
        Opportunity.Buyer buyer = o.buyer();
        return new OpportunityView(
                o,
                o.title(locale),
                o.description(locale),
                buyer == null ? null : buyer.name(),
                buyer == null || buyer.orgNumber() == null
                        ? null
                        : OrgNumber.parse(buyer.orgNumber())
                                .map(OrgNumber::formatted)
                                .orElse(null),
                o.cpvCodes().stream()
                        .map(code -> new Code(
                                code.value(),
                                cpv.find(code).map(c -> c.label(locale)).orElse(null)))
                        .toList(),
                o.nutsCodes().stream()
                        .map(code -> new Code(
                                code.value(),
                                nuts.find(code).map(NutsRegion::name).orElse(null)))
                        .toList(),
                o.procedureType() != null && PROCEDURES.contains(o.procedureType())
                        ? "notices.procedure." + o.procedureType()
                        : null,
                o.contractNature() != null && NATURES.contains(o.contractNature())
                        ? "notices.nature." + o.contractNature()
                        : null,
                o.innovativeAcquisition().stream()
                        .filter(INNOVATIONS::contains)
                        .map(code -> "notices.innovation." + code)
                        .toList(),
                o.open(now),
                o.deadline() != null && !o.open(now));
    }

    public String id() {
        return opportunity.id().toString();
    }

    public @Nullable NoticeKind kind() {
        return opportunity.kind();
    }

    public @Nullable LocalDate publishedOn() {
        return opportunity.publishedOn();
    }

    public @Nullable Instant deadline() {
        return opportunity.deadline();
    }

    public boolean innovative() {
        return opportunity.innovative();
    }

    public @Nullable Code mainCpv() {
        return cpv.isEmpty() ? null : cpv.get(0);
    }

    public @Nullable Money estimatedValue() {
        return opportunity.estimatedValue();
    }

    /** True when the text is in another language than the page, so it needs its own lang attribute. */
    public static boolean otherLanguage(@Nullable LocalizedText text, String pageLanguage) {
        return text != null && !text.language().equals(pageLanguage);
    }
}
