package no.innomotor.notices.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.xml.stream.XMLStreamException;
import no.innomotor.notices.MarketConsultationCheck;
import no.innomotor.notices.MarketConsultationData;
import no.innomotor.notices.MarketConsultationExporter;
import no.innomotor.notices.MarketConsultationIncomplete;
import no.innomotor.notices.MarketConsultationLanguage;
import no.innomotor.notices.MarketConsultationNotice;
import no.innomotor.notices.MarketConsultationNoticeType;
import no.innomotor.shared.NorwegianTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Exports market-consultation notices: check, write into memory, validate against the SDK's XSD, and only then hand
 * the bytes over (or move a finished file into place).
 *
 * <p>CustomizationID: Doffin (DFØ's Norwegian eForms SDK, {@code anskaffelser/eforms-sdk-nor}) identifies Norwegian
 * eForms by a suffix on the SDK's own identifier. Its test notices for subtype 4 ({@code eu/test/pin-only_24.xml})
 * carry {@code eforms-sdk-1.13#extended#urn:fdc:anskaffelser.no:2023:eforms:eu}, the profile for "eForms to be
 * submitted to TED (above threshold or voluntary notification)", under which Doffin runs the EU rules unchanged except
 * for accepting Norwegian text. We use that for both notices: subtype 4 is an EU notice (Directive 2014/24/EU), and E1
 * is an EU-defined subtype that Doffin has not tailored (its {@code …:2026:eforms:national-e} profile covers its
 * tailored E2 to E4 only, and its documentation says E1 will be tailored "if a need is identified"). The version
 * part comes from the SDK on the class path, so an SDK upgrade updates it. Doffin converts such notices for TED with
 * its own stylesheet, which cuts the suffix and the Norwegian texts; that is why the check asks for an English text
 * (TED publishes only the EU's official languages) and why the SDK's own Schematron fails exactly two kinds of assert
 * on the notice as exported (the CustomizationID pattern and "official EU language" for NOR) and none on its TED
 * conversion; the tests show both.
 */
@Service
class EformsMarketConsultationExporter implements MarketConsultationExporter {

    static final String DOFFIN_EU_PROFILE = "#extended#urn:fdc:anskaffelser.no:2023:eforms:eu";

    private static final Locale BOKMAL = Locale.forLanguageTag("nb");
    private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", BOKMAL);
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final MarketConsultationCheck check;
    private final NoticeSchema schema;
    private final SdkFacts sdk;
    private final MessageSource messages;
    private final Clock clock;

    EformsMarketConsultationExporter(
            MarketConsultationCheck check, NoticeSchema schema, SdkFacts sdk, MessageSource messages, Clock clock) {
        this.check = check;
        this.schema = schema;
        this.sdk = sdk;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public MarketConsultationNotice export(MarketConsultationData data, MarketConsultationNoticeType type) {
        List<MarketConsultationCheck.Item> checklist = check.check(data, type);
        if (!checklist.isEmpty()) {
            throw new MarketConsultationIncomplete(type, checklist);
        }
        UUID noticeId = UUID.randomUUID();
        ZonedDateTime issued = ZonedDateTime.now(clock.withZone(NorwegianTime.ZONE));
        NoticeWriter.Header header = new NoticeWriter.Header(noticeId, issued, customizationId());
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            NoticeWriter.write(data, type, header, notes(data), out);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The notice could not be written", e);
        }
        byte[] xml = out.toByteArray();
        List<String> problems = schema.problems(xml);
        if (!problems.isEmpty()) {
            // The check passed, so this is a defect in the writer, never the buyer's fault: no file leaves.
            throw new IllegalStateException(
                    "Exported notice " + type.subtype() + " is not valid against the SDK's XSD: " + problems);
        }
        return new MarketConsultationNotice(noticeId, type, fileName(type, noticeId), xml);
    }

    @Override
    public MarketConsultationNotice exportTo(
            MarketConsultationData data, MarketConsultationNoticeType type, Path file) {
        MarketConsultationNotice notice = export(data, type);
        Path target = file.toAbsolutePath();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(
                    temporary,
                    StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.SYNC)) {
                out.write(notice.xml());
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
            return notice;
        } catch (IOException e) {
            throw new UncheckedIOException("The notice could not be written to " + target, e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // Best effort: the half-written file has a temporary name and is not the target.
                }
            }
        }
    }

    /** "eforms-sdk-1.13#extended#urn:fdc:anskaffelser.no:2023:eforms:eu" for SDK 1.13 (see the class comment). */
    String customizationId() {
        return "eforms-sdk-" + sdk.minorVersion() + DOFFIN_EU_PROFILE;
    }

    static String fileName(MarketConsultationNoticeType type, UUID noticeId) {
        return "eforms-" + type.subtype() + "-" + noticeId + ".xml";
    }

    /** BT-300: the dialogue dates in words, in each publication language, so subtype 4 carries them too. */
    private Map<MarketConsultationLanguage, String> notes(MarketConsultationData data) {
        Map<MarketConsultationLanguage, String> notes = new EnumMap<>(MarketConsultationLanguage.class);
        for (MarketConsultationLanguage language : data.languages()) {
            boolean norwegian = language == MarketConsultationLanguage.NORWEGIAN;
            Locale locale = norwegian ? BOKMAL : Locale.ENGLISH;
            DateTimeFormatter format = norwegian ? NORWEGIAN_DATE : ENGLISH_DATE;
            StringBuilder note = new StringBuilder();
            LocalDate start = data.dialogueStart();
            LocalDate end = data.dialogueEnd();
            if (start != null && end != null) {
                note.append(message(
                        "notices.export.note.dialogue-period", locale, start.format(format), end.format(format)));
            }
            LocalDate deadline = data.responseDeadline();
            if (deadline != null) {
                append(note, message("notices.export.note.response-deadline", locale, deadline.format(format)));
            }
            if (!note.isEmpty()) {
                notes.put(language, note.toString());
            }
        }
        return notes;
    }

    private String message(String key, Locale locale, @Nullable Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static void append(StringBuilder note, String sentence) {
        if (!note.isEmpty()) {
            note.append(' ');
        }
        note.append(sentence);
    }
}
