package no.innomotor.dialogue.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import no.innomotor.dialogue.AnnouncementView;
import no.innomotor.dialogue.InputView;
import no.innomotor.dialogue.LogLine;
import no.innomotor.dialogue.QuestionView;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.documents.PdfDocument;
import no.innomotor.shared.documents.XlsxDocument;
import no.innomotor.shared.documents.XlsxDocument.Column;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes the dialogue log "with all input" as PDF and XLSX, in the reader's language: a header (the announcement,
 * the buyer, the project, the period, when and by whom it was made), every line of the log with its full text, then
 * every question with its answer and every piece of written input in full. Only the team's contents reach it.
 */
@Component
class DialogueLogExport {

    private static final DateTimeFormatter NORWEGIAN = DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm");
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private final MessageSource messages;

    DialogueLogExport(MessageSource messages) {
        this.messages = messages;
    }

    /** What an export holds, read for the team by the controller. */
    record Contents(
            AnnouncementView announcement,
            String projectTitle,
            List<LogLine> lines,
            List<QuestionView> questions,
            List<InputView> inputs,
            String generatedBy,
            Instant generatedAt) {}

    byte[] pdf(Contents c, Locale locale) {
        Text t = new Text(locale);
        PdfDocument pdf = PdfDocument.titled(t.title(c), locale)
                .author(c.generatedBy())
                .subject(t.get("dialogue.log.export.subject"))
                .pageLabel(t.get("dialogue.log.export.page"))
                .facts(header(c, t).stream()
                        .map(f -> new PdfDocument.Fact(f.get(0), f.get(1)))
                        .toList());
        pdf.heading(t.get("dialogue.log.export.lines"));
        if (c.lines().isEmpty()) {
            pdf.paragraph(t.get("dialogue.log.export.none"));
        } else {
            pdf.table(
                    List.of(
                            t.get("dialogue.log.col.when"),
                            t.get("dialogue.log.col.what"),
                            t.get("dialogue.log.col.company"),
                            t.get("dialogue.log.col.who"),
                            t.get("dialogue.log.col.content")),
                    List.of(1.5f, 1.4f, 1.4f, 1.2f, 4f),
                    c.lines().stream()
                            .map(line -> List.of(
                                    t.dateTime(line.occurredAt()),
                                    t.get(line.kind().messageKey()),
                                    company(line, t),
                                    line.personName(),
                                    Objects.requireNonNullElse(line.text(), "")))
                            .toList());
        }
        pdf.heading(t.get("dialogue.log.export.questions"));
        if (c.questions().isEmpty()) {
            pdf.paragraph(t.get("dialogue.log.export.none"));
        } else {
            pdf.table(
                    List.of(
                            t.get("dialogue.log.export.askedAt"),
                            t.get("dialogue.log.col.company"),
                            t.get("dialogue.log.export.state"),
                            t.get("dialogue.log.export.question"),
                            t.get("dialogue.log.export.answer")),
                    List.of(1.5f, 1.4f, 1.2f, 3f, 3f),
                    c.questions().stream()
                            .map(q -> List.of(
                                    t.dateTime(q.askedAt()),
                                    q.askedBy().orElse(""),
                                    state(q, t),
                                    q.text(),
                                    q.answer().orElse("")))
                            .toList());
        }
        pdf.heading(t.get("dialogue.log.export.inputs"));
        if (c.inputs().isEmpty()) {
            pdf.paragraph(t.get("dialogue.log.export.none"));
        } else {
            pdf.table(
                    List.of(
                            t.get("dialogue.log.export.sentAt"),
                            t.get("dialogue.log.col.company"),
                            t.get("dialogue.log.export.sender"),
                            t.get("dialogue.log.export.text")),
                    List.of(1.5f, 1.4f, 1.3f, 6f),
                    c.inputs().stream()
                            .map(i -> List.of(t.dateTime(i.sentAt()), i.company(), i.sender(), i.text()))
                            .toList());
        }
        return pdf.toBytes();
    }

    byte[] xlsx(Contents c, Locale locale) {
        Text t = new Text(locale);
        List<List<@Nullable Object>> header = new ArrayList<>();
        header(c, t).forEach(f -> header.add(List.of(f.get(0), f.get(1))));
        List<List<@Nullable Object>> lines = new ArrayList<>();
        for (LogLine line : c.lines()) {
            lines.add(java.util.Arrays.asList(
                    line.occurredAt(),
                    t.get(line.kind().messageKey()),
                    company(line, t),
                    line.personName(),
                    line.text()));
        }
        List<List<@Nullable Object>> questions = new ArrayList<>();
        for (QuestionView q : c.questions()) {
            questions.add(java.util.Arrays.asList(
                    q.askedAt(),
                    q.askedBy().orElse(""),
                    state(q, t),
                    q.text(),
                    q.answer().orElse(null),
                    q.answeredAt()));
        }
        List<List<@Nullable Object>> inputs = new ArrayList<>();
        for (InputView i : c.inputs()) {
            inputs.add(List.of(i.sentAt(), i.company(), i.sender(), i.text()));
        }
        return XlsxDocument.titled(t.title(c), c.generatedBy())
                .sheet(
                        t.get("dialogue.log.heading"),
                        List.of(
                                new Column(t.get("dialogue.log.col.what"), 24),
                                new Column(t.get("dialogue.log.col.content"), 70)),
                        header)
                .sheet(
                        t.get("dialogue.log.export.lines"),
                        List.of(
                                new Column(t.get("dialogue.log.col.when"), 18),
                                new Column(t.get("dialogue.log.col.what"), 30),
                                new Column(t.get("dialogue.log.col.company"), 28),
                                new Column(t.get("dialogue.log.col.who"), 24),
                                new Column(t.get("dialogue.log.col.content"), 80)),
                        lines)
                .sheet(
                        t.get("dialogue.log.export.questions"),
                        List.of(
                                new Column(t.get("dialogue.log.export.askedAt"), 18),
                                new Column(t.get("dialogue.log.col.company"), 28),
                                new Column(t.get("dialogue.log.export.state"), 24),
                                new Column(t.get("dialogue.log.export.question"), 60),
                                new Column(t.get("dialogue.log.export.answer"), 60),
                                new Column(t.get("dialogue.log.export.answeredAt"), 18)),
                        questions)
                .sheet(
                        t.get("dialogue.log.export.inputs"),
                        List.of(
                                new Column(t.get("dialogue.log.export.sentAt"), 18),
                                new Column(t.get("dialogue.log.col.company"), 28),
                                new Column(t.get("dialogue.log.export.sender"), 24),
                                new Column(t.get("dialogue.log.export.text"), 100)),
                        inputs)
                .toBytes();
    }

    /** The header as label and value pairs, the same in both files. */
    private static List<List<String>> header(Contents c, Text t) {
        AnnouncementView a = c.announcement();
        String period = a.publishedAt() == null
                ? t.get("dialogue.log.export.notPublished")
                : t.get(
                        "dialogue.log.export.periodValue",
                        t.dateTime(a.publishedAt()),
                        t.dateTime(a.facts().interestDeadline()));
        return List.of(
                List.of(t.get("dialogue.title"), a.facts().title()),
                List.of(t.get("dialogue.log.export.buyer"), a.organisationName()),
                List.of(t.get("dialogue.log.export.project"), c.projectTitle()),
                List.of(t.get("dialogue.log.export.period"), period),
                List.of(t.get("dialogue.log.export.generatedAt"), t.dateTime(c.generatedAt())),
                List.of(t.get("dialogue.log.export.generatedBy"), c.generatedBy()));
    }

    private static String company(LogLine line, Text t) {
        return line.companyId() == null
                ? t.get("dialogue.log.toAll")
                : Objects.requireNonNullElse(line.companyName(), "");
    }

    private static String state(QuestionView q, Text t) {
        String state = t.get("dialogue.questionState." + q.state().name());
        return q.duplicate() ? state + " (" + t.get("dialogue.log.export.duplicateOf") + ")" : state;
    }

    /** Messages and moments in the reader's language. */
    private final class Text {
        private final Locale locale;

        Text(Locale locale) {
            this.locale = locale;
        }

        String get(String key, Object... args) {
            return messages.getMessage(key, args, key, locale);
        }

        String title(Contents c) {
            return get("dialogue.log.export.title", c.announcement().facts().title());
        }

        String dateTime(@Nullable Instant instant) {
            if (instant == null) {
                return "";
            }
            return ("en".equals(locale.getLanguage()) ? ENGLISH : NORWEGIAN).format(instant.atZone(NorwegianTime.ZONE));
        }
    }
}
