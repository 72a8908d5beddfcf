package no.innomotor.dialogue;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A line of the dialogue log as the team reads it: when, what, which company (none for what the team did for all),
 * who, and the content of the contact.
 */
public record LogLine(
        Instant occurredAt,
        LogKind kind,
        @Nullable UUID companyId,
        @Nullable String companyName,
        UUID personId,
        String personName,
        @Nullable String text,
        @Nullable UUID referenceId) {}
