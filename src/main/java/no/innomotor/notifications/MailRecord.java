package no.innomotor.notifications;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A sent mail as the outbox page shows it; {@code body} is null for mail sent over SMTP. */
public record MailRecord(
        UUID id,
        String recipient,
        String subject,
        @Nullable String body,
        String language,
        MailChannel channel,
        Instant sentAt) {}
