package no.innomotor.riskrelief;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.documents.PdfDocument;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The decision letter as PDF, written in the applicant's language when the decision is made and kept with the
 * application as the letter that was sent: the decision, the amount, the conditions and the milestones it is paid
 * against.
 */
@Component
class DecisionLetter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    private final MessageSource messages;

    DecisionLetter(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(RiskReliefApplication application, Scheme scheme, String deciderName, Locale language) {
        String outcome = t(language, "riskrelief.outcome.letter." + application.outcome());
        boolean financial = scheme.kind() == SchemeKind.FINANCIAL;
        List<PdfDocument.Fact> facts = new ArrayList<>();
        facts.add(new PdfDocument.Fact(t(language, "riskrelief.letter.scheme"), scheme.name()));
        facts.add(new PdfDocument.Fact(t(language, "riskrelief.letter.owner"), scheme.ownerName()));
        facts.add(new PdfDocument.Fact(t(language, "riskrelief.letter.applicant"), application.applicantName()));
        facts.add(new PdfDocument.Fact(t(language, "riskrelief.letter.project"), application.projectTitle()));
        facts.add(new PdfDocument.Fact(
                t(language, "riskrelief.letter.requested"),
                amount(application.amountRequested(), financial, language)));
        facts.add(new PdfDocument.Fact(t(language, "riskrelief.letter.outcome"), outcome));
        facts.add(new PdfDocument.Fact(
                t(language, "riskrelief.letter.granted"), amount(application.amountGranted(), financial, language)));
        if (application.periodStart() != null && application.periodEnd() != null) {
            facts.add(new PdfDocument.Fact(
                    t(language, "riskrelief.letter.period"),
                    date(application.periodStart()) + " – " + date(application.periodEnd())));
        }
        facts.add(new PdfDocument.Fact(t(language, "riskrelief.letter.decidedOn"), date(application.decidedAt())));
        facts.add(new PdfDocument.Fact(t(language, "riskrelief.letter.decidedBy"), deciderName));
        PdfDocument pdf = PdfDocument.titled(t(language, "riskrelief.letter.title"), language)
                .author(scheme.ownerName())
                .subject(scheme.name())
                .pageLabel(t(language, "riskrelief.letter.page"))
                .paragraph(t(
                        language,
                        "riskrelief.letter.lead." + application.outcome(),
                        application.applicantName(),
                        scheme.name()))
                .facts(facts);
        pdf.heading(t(language, "riskrelief.letter.conditions"));
        List<String> conditions = application.conditions();
        pdf.paragraph(
                conditions.isEmpty() ? t(language, "riskrelief.letter.noConditions") : String.join("\n", conditions));
        if (!application.milestones().isEmpty()) {
            pdf.heading(t(language, "riskrelief.letter.milestones"));
            pdf.table(
                    List.of(
                            t(language, "riskrelief.letter.milestone"),
                            t(language, "riskrelief.letter.due"),
                            t(language, "riskrelief.letter.amount")),
                    List.of(4f, 1.5f, 2f),
                    application.milestones().stream()
                            .map(m -> List.of(m.name(), date(m.due()), amount(m.amount(), financial, language)))
                            .toList());
        }
        pdf.paragraph(t(language, "riskrelief.letter.closing"));
        return pdf.toBytes();
    }

    private String amount(long amount, boolean financial, Locale language) {
        String number = NumberFormat.getIntegerInstance(NORWEGIAN).format(amount);
        return financial ? number + "\u00a0kr" : t(language, "riskrelief.hours", number);
    }

    private static String date(LocalDate date) {
        return DATE.format(date);
    }

    private static String date(Instant instant) {
        return DATE.format(instant.atZone(NorwegianTime.ZONE));
    }

    private String t(Locale language, String key, Object... args) {
        return messages.getMessage(key, args, language);
    }
}
