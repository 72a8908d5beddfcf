package no.innomotor.notifications;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A message as the inbox page shows it: its text in the reader's language, where it leads, and when it was read. */
public record InboxEntry(
        UUID id,
        String title,
        String text,
        @Nullable String link,
        Instant createdAt,
        @Nullable Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
