package no.innomotor.notices.export;

import static no.innomotor.notices.export.MarketConsultationFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import no.innomotor.notices.EformsSchema;
import no.innomotor.notices.MarketConsultationData;
import no.innomotor.notices.MarketConsultationExporter;
import no.innomotor.notices.MarketConsultationLanguage;
import no.innomotor.notices.MarketConsultationNoticeType;
import no.innomotor.notices.MarketConsultationText;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * Every exported notice against the eForms SDK's static Schematron rules for its subtype (phases eforms-4 and
 * eforms-E1). Each notice is judged twice: as exported, where only the Norwegian profile's two deliberate deviations
 * may fail (CustomizationID suffix, Norwegian as a language code), and after Doffin's conversion for TED, where
 * nothing at all may fail. The two phases compile in about 12 s together on an idle machine (11 s of CPU), so these
 * run in the normal suite; the tag lets a quick local run leave them out
 * ({@code -Dinnomotor.excluded.groups=shared-reference,schematron}).
 */
@Tag("schematron")
@SpringJUnitConfig(ExportTestConfiguration.class)
class MarketConsultationSchematronTests {

    private static final Logger log = LoggerFactory.getLogger(MarketConsultationSchematronTests.class);

    @Autowired
    MarketConsultationExporter exporter;

    static Stream<Arguments> notices() {
        List<Arguments> notices = new ArrayList<>();
        for (MarketConsultationNoticeType type : MarketConsultationNoticeType.values()) {
            MarketConsultationData complete = MarketConsultationFixtures.complete(TODAY);
            notices.add(Arguments.of(type, "Norwegian and English, everything filled in", complete));
            notices.add(Arguments.of(
                    type,
                    "English first, then Norwegian",
                    complete.toBuilder()
                            .languages(MarketConsultationLanguage.ENGLISH, MarketConsultationLanguage.NORWEGIAN)
                            .build()));
            notices.add(Arguments.of(
                    type,
                    "English only, everything filled in",
                    complete.toBuilder()
                            .languages(MarketConsultationLanguage.ENGLISH)
                            .build()));
            MarketConsultationData minimal =
                    MarketConsultationFixtures.minimal(TODAY, MarketConsultationLanguage.ENGLISH);
            notices.add(Arguments.of(
                    type,
                    "English only, nothing optional",
                    type == MarketConsultationNoticeType.PRE_MARKET_CONSULTATION
                            ? minimal.toBuilder().reviewBody(null).build()
                            : minimal));
            notices.add(Arguments.of(
                    type,
                    "deadline only, no dialogue period",
                    complete.toBuilder().dialoguePeriod(null, null).build()));
            notices.add(Arguments.of(
                    type,
                    "special characters in every text",
                    complete.toBuilder()
                            .buyer("Bærum & Øvre Eiker <kommuner> \"felles\"", "960885406")
                            .contact("Åse O'Brien & co", "ase@baerum.kommune.no", "(+47) 67 50 50 50")
                            .title(MarketConsultationText.of(
                                    "Blåbær & tyttebær: <\"smarte\"> løsninger æøå ÆØÅ",
                                    "Blueberries & lingonberries: <\"smart\"> solutions 'quoted'"))
                            .description(MarketConsultationText.of(
                                    "Linje 1 & <2>\n\tInnrykk \"sitat\" ]]> æøå\u0007",
                                    "Line 1 & <2>\r\n\tIndented \"quote\" ]]> € 😀"))
                            .reference("A&B <1>")
                            .build()));
        }
        return notices.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("notices")
    void exportedNoticePassesTheSdkRulesExceptTheNorwegianProfilesDeviations(
            MarketConsultationNoticeType type, String variant, MarketConsultationData data) {
        byte[] xml = exporter.export(data, type).xml();

        SdkSchematron.Verdict verdict = SdkSchematron.validate(xml, SdkSchematron.phaseFor(type.subtype()));

        assertThat(verdict.errorsBeyondNorwegianProfile())
                .as(variant + "\n" + text(xml))
                .isEmpty();
        boolean norwegian = data.languages().contains(MarketConsultationLanguage.NORWEGIAN);
        assertThat(verdict.errors())
                .extracting(SdkSchematron.Finding::id)
                .as(variant)
                .contains("BR-OPT-00002-0052")
                .allMatch(id -> norwegian || SdkSchematron.CUSTOMIZATION_ID_ASSERTS.contains(id));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("notices")
    void exportedNoticeConvertedForTedPassesEverySdkRule(
            MarketConsultationNoticeType type, String variant, MarketConsultationData data) throws Exception {
        byte[] converted = TedConversion.convert(exporter.export(data, type).xml());

        SdkSchematron.Verdict verdict = SdkSchematron.validate(converted, SdkSchematron.phaseFor(type.subtype()));

        assertThat(verdict.errors()).as(variant + "\n" + text(converted)).isEmpty();
    }

    @Test
    void aNoticeBrokenAfterExportFailsTheRules() throws Exception {
        MarketConsultationData data = MarketConsultationFixtures.complete(TODAY);
        for (MarketConsultationNoticeType type : MarketConsultationNoticeType.values()) {
            String xml = text(TedConversion.convert(exporter.export(data, type).xml()));
            // A main CPV code that is not in CPV 2008, and (required by subtype 4) no organisation number.
            String broken = xml.replaceFirst("<cbc:CompanyID>960885406</cbc:CompanyID>", "")
                    .replaceFirst(
                            "<cbc:ItemClassificationCode listName=\"cpv\">79512000</cbc:ItemClassificationCode>",
                            "<cbc:ItemClassificationCode listName=\"cpv\">99999999</cbc:ItemClassificationCode>");
            assertThat(broken).isNotEqualTo(xml);

            SdkSchematron.Verdict verdict = SdkSchematron.validate(
                    broken.getBytes(StandardCharsets.UTF_8), SdkSchematron.phaseFor(type.subtype()));

            assertThat(verdict.errors())
                    .as(type.subtype())
                    .extracting(SdkSchematron.Finding::id)
                    .anyMatch(id -> id.startsWith("BR-BT-00262"))
                    .anyMatch(id -> type == MarketConsultationNoticeType.PRE_MARKET_CONSULTATION
                            || id.startsWith("BR-BT-00501"));
        }
    }

    /**
     * Not an assertion (tests never assert timings): the figures for the closing note, in the test log. Wall time
     * depends on what else the machine runs, so the thread's CPU time is logged beside it.
     */
    @Test
    void measuresValidationTimeForOneNotice() throws Exception {
        NoticeSchema schema = new NoticeSchema(new EformsSchema());
        MarketConsultationData data = MarketConsultationFixtures.complete(TODAY);
        StringBuilder report = new StringBuilder("Validation time for one exported notice (wall / CPU):");
        Timing xsdCold = Timing.of(schema::warmUp);
        report.append(" XSD compile ").append(xsdCold);
        for (MarketConsultationNoticeType type : MarketConsultationNoticeType.values()) {
            byte[] xml = exporter.export(data, type).xml();
            String phase = SdkSchematron.phaseFor(type.subtype());
            Timing compile = Timing.of(() -> SdkSchematron.warmUp(phase));
            Timing xsdFirst = Timing.of(() -> schema.problems(xml));
            Timing schematronFirst = Timing.of(() -> SdkSchematron.validate(xml, phase));
            int rounds = 50;
            Timing xsdWarm = Timing.of(() -> {
                        for (int i = 0; i < rounds; i++) {
                            schema.problems(xml);
                        }
                    })
                    .per(rounds);
            Timing schematronWarm = Timing.of(() -> {
                        for (int i = 0; i < rounds; i++) {
                            SdkSchematron.validate(xml, phase);
                        }
                    })
                    .per(rounds);
            report.append(String.format(
                    " | subtype %s, %d bytes: XSD first %s, warm %s; Schematron %s compile %s"
                            + " (near 0 when an earlier test compiled it), first %s, warm %s",
                    type.subtype(), xml.length, xsdFirst, xsdWarm, phase, compile, schematronFirst, schematronWarm));
        }
        log.info(report.toString());
    }

    /** Wall and CPU time of one piece of work on this thread. */
    private record Timing(double wallMs, double cpuMs) {
        static Timing of(Runnable work) {
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            work.run();
            return new Timing((System.nanoTime() - wall) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6);
        }

        Timing per(int rounds) {
            return new Timing(wallMs / rounds, cpuMs / rounds);
        }

        @Override
        public String toString() {
            return String.format("%.1f / %.1f ms", wallMs, cpuMs);
        }
    }

    private static String text(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8);
    }
}
