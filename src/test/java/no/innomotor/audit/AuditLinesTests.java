package no.innomotor.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import no.innomotor.projects.ProcedureType;
import no.innomotor.projects.ProjectEvents.MandateSigned;
import no.innomotor.projects.ProjectEvents.ProjectCreated;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.AuditableEvent;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A stored record reads in the reader's language, with that language's dates, times and amounts. */
class AuditLinesTests {

    private static final Locale BOKMAL = Locale.forLanguageTag("nb");
    private static final Locale NYNORSK = Locale.forLanguageTag("nn");
    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Instant SIGNED = Instant.parse("2026-12-02T13:05:12.131615Z");

    private final AuditLines lines = new AuditLines(messages());

    private final ProjectCreated created = new ProjectCreated(
            PersonId.random(),
            OrganisationId.random(),
            ProjectId.random(),
            "Trygghet hjemme",
            ProcedureType.INNOVATION_PARTNERSHIP,
            3_000_000,
            List.of("72000000", "48000000"));

    private final MandateSigned signed = new MandateSigned(
            PersonId.random(), OrganisationId.random(), ProjectId.random(), 2, "Lars Leder", SIGNED, "ab12");

    @Test
    void aCreatedProjectReadsInBokmalWithTheAmountInKroner() {
        assertThat(line(created, BOKMAL))
                .isEqualTo("Opprettet prosjektet «Trygghet hjemme» (Innovasjonspartnerskap), anslått verdi "
                        + "3\u00a0000\u00a0000\u00a0kr, CPV 72000000, 48000000");
        assertThat(lines.name(created.action(), BOKMAL)).isEqualTo("Prosjektet ble opprettet");
    }

    @Test
    void aCreatedProjectReadsInNynorskAndEnglish() {
        assertThat(line(created, NYNORSK))
                .startsWith("Oppretta prosjektet «Trygghet hjemme» (Innovasjonspartnarskap)")
                .contains("3\u00a0000\u00a0000\u00a0kr");
        assertThat(line(created, ENGLISH))
                .startsWith("Created the project “Trygghet hjemme” (Innovation partnership)")
                .contains("3,000,000\u00a0NOK");
        for (Locale locale : List.of(BOKMAL, NYNORSK, ENGLISH)) {
            assertThat(line(created, locale))
                    .doesNotContain("3000000")
                    .doesNotContain("NOK 3")
                    .doesNotContain("INNOVATION_PARTNERSHIP")
                    .doesNotContain("{");
        }
    }

    @Test
    void aSignatureShowsTheTimeInOsloInTheReadersFormat() {
        assertThat(line(signed, BOKMAL))
                .isEqualTo("Mandatet, versjon 2, ble signert av Lars Leder 2. desember 2026 kl. 14:05 (SHA-256 ab12)");
        assertThat(line(signed, NYNORSK)).contains("vart signert av Lars Leder 2. desember 2026 kl. 14:05");
        assertThat(line(signed, ENGLISH)).contains("was signed by Lars Leder on 2 December 2026, 14:05");
        for (Locale locale : List.of(BOKMAL, NYNORSK, ENGLISH)) {
            assertThat(line(signed, locale)).doesNotContain("2026-12-02").doesNotContain("13:05:12");
        }
    }

    @Test
    void aRoleIsShownByItsTranslatedName() {
        var granted = new no.innomotor.organisations.OrganisationEvents.RoleGranted(
                PersonId.random(), OrganisationId.random(), PersonId.random(), Role.TOP_LEADER);
        assertThat(line(granted, BOKMAL)).isEqualTo("Fikk rollen Toppleder");
        assertThat(line(granted, NYNORSK)).doesNotContain("TOP_LEADER");
        assertThat(line(granted, ENGLISH)).doesNotContain("TOP_LEADER");
    }

    @Test
    void aRecordFromBeforeDetailsWereKeptShowsItsSummary() {
        assertThat(lines.line("mandate.signed", null, "Mandate version 1 signed by Lars", BOKMAL))
                .isEqualTo("Mandate version 1 signed by Lars");
        assertThat(lines.line("something.unknown", "{}", "Old summary", BOKMAL)).isEqualTo("Old summary");
        assertThat(lines.name("something.unknown", BOKMAL)).isEqualTo("something.unknown");
    }

    private String line(AuditableEvent event, Locale locale) {
        return lines.line(event.action(), AuditDetails.write(event.details()), event.summary(), locale);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
