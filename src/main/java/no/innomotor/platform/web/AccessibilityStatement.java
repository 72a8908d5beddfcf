package no.innomotor.platform.web;

import java.net.URI;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The facts of the accessibility statement that belong to whoever runs Innomotor ({@code innomotor.accessibility.*}):
 * who answers for the service and how to reach them, when the statement was last reviewed, and where the
 * supervision authority takes complaints. The statement's text is in the message bundles.
 *
 * @param organisation the organisation responsible for the service, named in the statement
 * @param contactEmail where people report a barrier
 * @param contactPhone a phone number for the same, or empty for none
 * @param statementDate the day the statement was last reviewed
 * @param supervisionUrl the page of Tilsynet for universell utforming av IKT where people complain
 * @param publishedUrl the statement as published in Digdir's register (uustatus), or empty until it is
 */
@ConfigurationProperties("innomotor.accessibility")
public record AccessibilityStatement(
        String organisation,
        String contactEmail,
        @Nullable String contactPhone,
        LocalDate statementDate,
        URI supervisionUrl,
        @Nullable URI publishedUrl) {

    public AccessibilityStatement {
        contactPhone = contactPhone == null || contactPhone.isBlank() ? null : contactPhone.strip();
        publishedUrl = publishedUrl == null || publishedUrl.toString().isBlank() ? null : publishedUrl;
    }

    /** The phone number as a {@code tel:} link: digits and a leading plus only. */
    public @Nullable String phoneLink() {
        return contactPhone == null ? null : "tel:" + contactPhone.replaceAll("[^0-9+]", "");
    }
}
