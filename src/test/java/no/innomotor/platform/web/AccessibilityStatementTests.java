package no.innomotor.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class AccessibilityStatementTests {

    @Test
    void anOperatorSetsTheContactDetailsByPropertiesAndThePhoneBecomesADialableLink() {
        AccessibilityStatement statement = bind(Map.of(
                "innomotor.accessibility.organisation", "Digitaliseringsdirektoratet",
                "innomotor.accessibility.contact-email", "uu@example.no",
                "innomotor.accessibility.contact-phone", "+47 22 45 10 00",
                "innomotor.accessibility.statement-date", "2026-11-30",
                "innomotor.accessibility.supervision-url", "https://www.uutilsynet.no/",
                "innomotor.accessibility.published-url", "https://example.no/erklaering/42"));

        assertThat(statement.organisation()).isEqualTo("Digitaliseringsdirektoratet");
        assertThat(statement.contactEmail()).isEqualTo("uu@example.no");
        assertThat(statement.contactPhone()).isEqualTo("+47 22 45 10 00");
        assertThat(statement.phoneLink()).isEqualTo("tel:+4722451000");
        assertThat(statement.statementDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(statement.publishedUrl()).isEqualTo(URI.create("https://example.no/erklaering/42"));
    }

    @Test
    void aBlankPhoneOrPublishedAddressIsNoneAtAll() {
        AccessibilityStatement statement = new AccessibilityStatement(
                "Innomotor",
                "uu@example.no",
                "  ",
                LocalDate.of(2026, 12, 2),
                URI.create("https://www.uutilsynet.no/"),
                URI.create(""));

        assertThat(statement.contactPhone()).isNull();
        assertThat(statement.phoneLink()).isNull();
        assertThat(statement.publishedUrl()).isNull();
    }

    private static AccessibilityStatement bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bind("innomotor.accessibility", AccessibilityStatement.class)
                .get();
    }
}
