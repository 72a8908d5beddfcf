package no.innomotor.projects;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a top leader sees: mandates waiting for their signature, and their organisations' projects. */
public record LeaderOverview(List<AwaitingSignature> awaiting, List<ProjectSummary> projects) {

    public LeaderOverview {
        awaiting = List.copyOf(awaiting);
        projects = List.copyOf(projects);
    }

    /** The newest mandate version of a project, drafted and not yet signed. */
    public record AwaitingSignature(
            ProjectId project,
            String title,
            String organisationName,
            int versionNumber,
            @Nullable String draftedByName,
            Instant draftedAt) {}
}
