package no.innomotor.knowledge;

import java.util.List;
import java.util.Map;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.AuditableEvent;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * Events of the case library and the solution catalogue: a case built, its lessons written, published; a solution
 * listed or changed, followed, adopted. They carry ids and the case's title or the solution's name, never a
 * person's name.
 */
public final class CaseEvents {

    private CaseEvents() {}

    /** What the case events have in common: object type case, owned by the project's organisation. */
    public interface CaseEvent extends AuditableEvent {

        CaseId caseId();

        ProjectId project();

        String title();

        @Override
        OrganisationId organisation();

        @Override
        default String objectType() {
            return "case";
        }

        @Override
        default String objectId() {
            return caseId().toString();
        }

        @Override
        default Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("title", title());
        }
    }

    /** Built or rebuilt from the platform's record; actor null when the project reaching step 8 built it. */
    public record CaseBuilt(
            @Nullable PersonId actor, OrganisationId organisation, CaseId caseId, ProjectId project, String title)
            implements CaseEvent {
        @Override
        public String action() {
            return "case.built";
        }
    }

    public record CaseLessonsWritten(
            PersonId actor, OrganisationId organisation, CaseId caseId, ProjectId project, String title)
            implements CaseEvent {
        @Override
        public String action() {
            return "case.lessons-written";
        }
    }

    public record CasePublished(
            PersonId actor, OrganisationId organisation, CaseId caseId, ProjectId project, String title)
            implements CaseEvent {
        @Override
        public String action() {
            return "case.published";
        }
    }

    /** What the solution events have in common: object type solution. */
    public interface SolutionEvent extends AuditableEvent {

        SolutionId solution();

        String name();

        @Override
        default String objectType() {
            return "solution";
        }

        @Override
        default String objectId() {
            return solution().toString();
        }
    }

    public record SolutionListed(
            PersonId actor, OrganisationId organisation, SolutionId solution, ProjectId project, String name)
            implements SolutionEvent {
        @Override
        public String action() {
            return "solution.listed";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("name", name);
        }
    }

    /** The buyers changed the description; {@code followers} are told. */
    public record SolutionChanged(
            PersonId actor,
            OrganisationId organisation,
            SolutionId solution,
            ProjectId project,
            String name,
            List<PersonId> followers)
            implements SolutionEvent {
        public SolutionChanged {
            followers = List.copyOf(followers);
        }

        @Override
        public String action() {
            return "solution.changed";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("name", name);
        }
    }

    /** A buyer follows the solution; {@code organisation} is the follower's. */
    public record SolutionFollowed(PersonId actor, OrganisationId organisation, SolutionId solution, String name)
            implements SolutionEvent {
        @Override
        public String action() {
            return "solution.followed";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("name", name);
        }
    }

    /**
     * Another organisation recorded an adoption; {@code organisation} is the adopting one, {@code followers} are told,
     * and so are the originating organisation's buyers.
     */
    public record SolutionAdopted(
            PersonId actor,
            OrganisationId organisation,
            SolutionId solution,
            String name,
            OrganisationId originOrganisation,
            ProjectId originProject,
            String adopterName,
            AdoptionKind kind,
            List<PersonId> followers)
            implements SolutionEvent {
        public SolutionAdopted {
            followers = List.copyOf(followers);
        }

        @Override
        public String action() {
            return "solution.adopted";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters(
                    "name", name, "adopter", adopterName, "kind", new Label("solutions.kind." + kind.name()));
        }
    }
}
