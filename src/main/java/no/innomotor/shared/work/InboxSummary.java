package no.innomotor.shared.work;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in person's inbox as the platform's frame shows it: the unread count in the header and the latest
 * messages on the front page. The notifications module provides it; pages work without it.
 */
public interface InboxSummary {

    /** How many of the person's messages are unread: one count query. */
    long unread(PersonId person);

    /** The person's newest messages, rendered in {@code locale}. */
    List<Line> latest(PersonId person, Locale locale, int limit);

    /** A message as a line: its text in the reader's language, whether it is read, and when it came. */
    record Line(UUID id, String text, @Nullable String link, boolean read, Instant createdAt) {}
}
