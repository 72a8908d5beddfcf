package no.innomotor.benefits;

import java.util.List;
import no.innomotor.projects.ProjectId;

/**
 * A project its team chose to show publicly: its title, the story the team tells and its benefits' figures. Nothing
 * else about the project: no person's name, no e-mail address, no risks or comments.
 */
public record ShowcaseEntry(
        ProjectId project, String title, String story, List<BenefitFiguresChanged.Figure> benefits) {

    public ShowcaseEntry {
        benefits = List.copyOf(benefits);
    }

    /** The kroner realised so far across the priced benefits. */
    public long realisedNok() {
        return benefits.stream()
                .filter(b -> b.realisedNok() != null)
                .mapToLong(b -> b.realisedNok().kroner())
                .sum();
    }
}
