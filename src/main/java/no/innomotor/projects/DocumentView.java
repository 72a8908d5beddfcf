package no.innomotor.projects;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An uploaded document as a list shows it. */
public record DocumentView(
        DocumentId id,
        String filename,
        String contentType,
        long sizeBytes,
        @Nullable String uploadedByName,
        Instant uploadedAt) {}
