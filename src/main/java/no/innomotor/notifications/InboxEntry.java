package no.innomotor.notifications;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message as the inbox page shows it: its text in the reader's language, where it leads, when it was read, and
 * whether what it asked for has been taken care of ({@code settled}: why, in the reader's language).
 */
public record InboxEntry(
        UUID id,
        String title,
        String text,
        @Nullable String link,
        Instant createdAt,
        @Nullable Instant readAt,
        @Nullable String settled) {

    public boolean unread() {
        return readAt == null;
    }
}
