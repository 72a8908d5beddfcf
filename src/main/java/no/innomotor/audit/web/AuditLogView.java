package no.innomotor.audit.web;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of the audit log as the template shows it: rows, where they are in the whole, and links to the pages
 * before and after with the same filter.
 */
public record AuditLogView(
        List<Row> rows,
        long total,
        int page,
        int totalPages,
        long first,
        long last,
        @Nullable String previousHref,
        @Nullable String nextHref) {

    /**
     * One recorded change. {@code actorName} is null for the platform itself ({@code platform} true) or for a person
     * no longer known; {@code organisationName} is null where no organisation owns the object. {@code actionName}
     * {@code objectTypeName} and {@code line} are in the reader's language; {@code action} and {@code objectType}
     * are the stable codes.
     */
    public record Row(
            Instant occurredAt,
            boolean platform,
            @Nullable String actorName,
            @Nullable String organisationName,
            String action,
            String actionName,
            String objectType,
            String objectTypeName,
            String objectId,
            String line) {}

    /** A kind of object the log holds: its stored code and its name in the reader's language. */
    public record ObjectType(String code, String name) {}
}
