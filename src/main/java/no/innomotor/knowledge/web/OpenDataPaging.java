package no.innomotor.knowledge.web;

import java.util.Optional;
import java.util.UUID;
import no.innomotor.knowledge.OpenData;
import no.innomotor.projects.ProjectId;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The open endpoints' keyset paging: {@code after} (the last project id of the previous page) and {@code size}
 * (1 to {@link OpenData#MAX_PAGE_SIZE}). A value that is not one of those is refused with its reason, never
 * silently clamped, so a client learns its request was wrong.
 */
record OpenDataPaging(@Nullable ProjectId after, int size) {

    static final int DEFAULT_SIZE = 100;

    /** The reason (a message key) a request's paging is refused, or the paging. */
    sealed interface Parsed permits Valid, Refused {}

    record Valid(OpenDataPaging paging) implements Parsed {}

    record Refused(String reasonKey) implements Parsed {}

    static Parsed parse(@Nullable String after, @Nullable String size) {
        int pageSize = DEFAULT_SIZE;
        if (size != null) {
            Optional<Integer> parsed = integer(size);
            if (parsed.isEmpty() || parsed.get() < 1 || parsed.get() > OpenData.MAX_PAGE_SIZE) {
                return new Refused("opendata.error.size");
            }
            pageSize = parsed.get();
        }
        ProjectId cursor = null;
        if (after != null && !after.isBlank()) {
            try {
                cursor = new ProjectId(UUID.fromString(after.strip()));
            } catch (IllegalArgumentException notAnId) {
                return new Refused("opendata.error.after");
            }
        }
        return new Valid(new OpenDataPaging(cursor, pageSize));
    }

    private static Optional<Integer> integer(String value) {
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /** This request's address (the {@code uri} and {@code links.self} of a page). */
    static String self() {
        return ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString();
    }

    /** The address of the page after the given project, with the same size. */
    static String next(ProjectId last, int size) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("after", last.toString())
                .replaceQueryParam("size", size)
                .build()
                .toUriString();
    }
}
