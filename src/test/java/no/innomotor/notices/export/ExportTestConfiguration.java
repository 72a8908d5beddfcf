package no.innomotor.notices.export;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import no.innomotor.notices.CpvCatalogue;
import no.innomotor.notices.EformsSchema;
import no.innomotor.notices.NutsCatalogue;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Just the export and the reference data it reads, with the application's message bundles and a clock fixed at
 * {@link #NOW}, so notices are built in milliseconds without booting the whole application. A test configuration,
 * so the application's component scan leaves it out.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({
    CpvCatalogue.class,
    NutsCatalogue.class,
    SdkFacts.class,
    EformsSchema.class,
    NoticeSchema.class,
    MarketConsultationRules.class,
    EformsMarketConsultationExporter.class
})
class ExportTestConfiguration {

    /** 27 November 2026, 10:15 in Oslo. */
    static final Instant NOW = Instant.parse("2026-11-27T09:15:30Z");

    @Bean
    Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
