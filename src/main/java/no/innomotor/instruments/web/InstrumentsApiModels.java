package no.innomotor.instruments.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.innomotor.instruments.CataloguePage;
import no.innomotor.instruments.Eligibility;
import no.innomotor.instruments.InstrumentContent;
import no.innomotor.instruments.PublishedInstrument;
import org.jspecify.annotations.Nullable;

/** The JSON of the instruments API, version 1: ids as plain strings, codes as the platform names them. */
final class InstrumentsApiModels {

    private InstrumentsApiModels() {}

    record OwnerJson(String id, String name) {}

    record EligibilityJson(
            List<String> organisationTypes,
            List<String> sizeClasses,
            List<String> sectors,
            List<String> regions,
            List<Integer> roadmapSteps,
            @Nullable Long minAmount,
            @Nullable Long maxAmount,
            @Nullable Integer coFinancingMaxPercent,
            boolean requiresSignedMandate,
            boolean requiresPilotCustomer) {

        static EligibilityJson of(Eligibility e) {
            return new EligibilityJson(
                    e.organisationTypes().stream().map(Enum::name).toList(),
                    e.sizeClasses().stream().map(Enum::name).toList(),
                    e.sectors(),
                    e.regions(),
                    e.roadmapSteps(),
                    e.minAmount(),
                    e.maxAmount(),
                    e.coFinancingMaxPercent(),
                    e.requiresSignedMandate(),
                    e.requiresPilotCustomer());
        }
    }

    record CallsJson(boolean rolling, List<LocalDate> deadlines) {}

    record ApplyJson(
            String route, @Nullable String url, @Nullable String schemeId) {}

    record InstrumentJson(
            String id,
            String name,
            String summary,
            OwnerJson owner,
            String kind,
            String audience,
            EligibilityJson eligibility,
            CallsJson calls,
            ApplyJson apply,
            String contact,
            List<String> costCategories,
            boolean exampleAmounts,
            int version,
            Instant publishedAt) {

        static InstrumentJson of(PublishedInstrument p) {
            InstrumentContent c = p.content();
            return new InstrumentJson(
                    p.id().toString(),
                    c.name(),
                    c.summary(),
                    new OwnerJson(p.owner().toString(), p.ownerName()),
                    c.kind().name(),
                    c.audience().name(),
                    EligibilityJson.of(c.eligibility()),
                    new CallsJson(c.rolling(), c.deadlines()),
                    new ApplyJson(c.applyRoute().name(), c.applyUrl(), c.schemeId()),
                    c.contact(),
                    c.costCategories().stream().map(Enum::name).toList(),
                    c.exampleAmounts(),
                    p.versionNumber(),
                    p.publishedAt());
        }
    }

    record InstrumentListJson(List<InstrumentJson> items, int page, int size, long total, int pages) {

        static InstrumentListJson of(CataloguePage page) {
            return new InstrumentListJson(
                    page.items().stream().map(InstrumentJson::of).toList(),
                    page.page(),
                    page.size(),
                    page.total(),
                    page.pages());
        }
    }

    record ReasonJson(String rule, boolean met, String text) {}

    record MatchJson(String instrumentId, String name, boolean fits, int score, List<ReasonJson> reasons) {}
}
