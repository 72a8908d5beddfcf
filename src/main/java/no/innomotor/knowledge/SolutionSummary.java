package no.innomotor.knowledge;

import java.time.Instant;

/** A solution in the catalogue's list, with its adoptions counted. */
public record SolutionSummary(
        SolutionId id, String name, String description, String organisationName, Instant listedAt, long adoptions) {

    public String path() {
        return "/solutions/" + id;
    }
}
