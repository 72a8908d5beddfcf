package no.innomotor.knowledge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A solution as the catalogue shows it to anyone: what it is, the originating organisation and its published case,
 * the adoptions by other organisations (organisations, never people) and how many follow it; with what the reader may
 * do (follow, adopt) when a buyer reads it.
 */
public record SolutionView(
        SolutionId id,
        ProjectId project,
        OrganisationId organisation,
        String organisationName,
        String name,
        String description,
        @Nullable String supplier,
        String contractForm,
        Instant listedAt,
        Instant changedAt,
        long version,
        Optional<CaseId> publishedCase,
        List<Adoption> adoptions,
        long followers,
        Reader reader) {

    public SolutionView {
        adoptions = List.copyOf(adoptions);
    }

    /** One organisation's adoption. */
    public record Adoption(String organisationName, AdoptionKind kind, LocalDate adoptedOn) {}

    /**
     * What the reader may do: follow (any buyer), adopt (a buyer of an organisation other than the originating one
     * that has not adopted it yet: {@code adoptFor} are those organisations).
     */
    public record Reader(boolean buyer, boolean following, List<Choice> adoptFor, boolean ownOrganisation) {

        public static final Reader ANONYMOUS = new Reader(false, false, List.of(), false);

        public Reader {
            adoptFor = List.copyOf(adoptFor);
        }
    }

    /** An organisation the reader can record an adoption for. */
    public record Choice(OrganisationId id, String name) {}

    public int adoptionCount() {
        return adoptions.size();
    }
}
