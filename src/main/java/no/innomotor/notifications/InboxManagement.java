package no.innomotor.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.innomotor.audit.AuditLines;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.work.InboxSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The in-app inbox: each person reads only their own messages (anyone else's is not found), newest first, rendered
 * in the reader's language when shown. A message is marked read when its link is followed, or all at once.
 */
@Service
@Transactional(readOnly = true)
public class InboxManagement implements InboxSummary {

    public static final int PAGE_SIZE = 20;

    private final InboxMessageRepository messages;
    private final AuditLines lines;
    private final Clock clock;

    InboxManagement(InboxMessageRepository messages, AuditLines lines, Clock clock) {
        this.messages = messages;
        this.lines = lines;
        this.clock = clock;
    }

    /** The reader's messages, newest first, one page at a time. */
    public Page<InboxEntry> inbox(CurrentUser reader, int page, Locale locale) {
        return messages.findByRecipientIdOrderByCreatedAtDescIdDesc(
                        reader.personId().value(), PageRequest.of(Math.max(0, page), PAGE_SIZE))
                .map(message -> entry(message, locale));
    }

    /** Marks one of the reader's messages read; returns where it leads (null: nowhere but the inbox). */
    @Transactional
    public @Nullable String read(UUID id, CurrentUser reader) {
        InboxMessage message = messages.findByIdAndRecipientId(
                        id, reader.personId().value())
                .orElseThrow(() -> new InboxMessageNotFound(id));
        message.read(clock.instant());
        return message.link();
    }

    /** Marks all the reader's messages read; returns how many were unread. */
    @Transactional
    public int readAll(CurrentUser reader) {
        return messages.markAllRead(reader.personId().value(), clock.instant());
    }

    @Override
    public long unread(PersonId person) {
        return messages.countByRecipientIdAndReadAtIsNull(person.value());
    }

    @Override
    public List<Line> latest(PersonId person, Locale locale, int limit) {
        return messages.findByRecipientIdOrderByCreatedAtDescIdDesc(
                        person.value(), PageRequest.of(0, Math.max(1, limit)))
                .map(message -> {
                    InboxEntry entry = entry(message, locale);
                    return new Line(entry.id(), entry.text(), entry.link(), !entry.unread(), entry.createdAt());
                })
                .getContent();
    }

    private InboxEntry entry(InboxMessage message, Locale locale) {
        String prefix = Notice.PREFIX + message.kind();
        return new InboxEntry(
                message.id(),
                lines.sentence(prefix + ".title", message.parameters(), locale),
                lines.sentence(prefix, message.parameters(), locale),
                message.link(),
                message.createdAt(),
                message.readAt(),
                message.settledKind() == null
                        ? null
                        : lines.sentence(Notice.PREFIX + message.settledKind() + ".settles", null, locale));
    }
}
