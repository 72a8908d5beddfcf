package no.innomotor.funding;

import java.time.LocalDate;
import java.util.List;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.Money;
import no.innomotor.shared.OrganisationId;

/**
 * An instrument actor's portfolio: the projects it funds or has applications from, with its own entries; what it has
 * committed (granted) and what waits for a decision; and the other actors that fund the same projects.
 *
 * <p>What another actor's people would see here is limited on purpose. Of a co-funder only its name, how many of this
 * actor's projects it also funds, and the sum it granted on those projects — never which project, how much each, its
 * applications still pending or those it rejected: that is the co-funder's and the applicants' business, and actors
 * compete for the same projects. The project's team sees the whole picture on the project's own page.
 */
public record Portfolio(
        OrganisationId actor,
        String actorName,
        List<Project> projects,
        List<CoFunder> coFunders,
        Money committed,
        Money pending) {

    public Portfolio {
        projects = List.copyOf(projects);
        coFunders = List.copyOf(coFunders);
    }

    /**
     * A project of the portfolio. {@code doubleCovered}: cost categories that one of this actor's own active entries
     * covers in a period another instrument covers too (which instrument is the team's to tell).
     */
    public record Project(
            ProjectId id,
            String title,
            String ownerName,
            List<Line> entries,
            Money committed,
            List<CostCategory> doubleCovered) {
        public Project {
            entries = List.copyOf(entries);
            doubleCovered = List.copyOf(doubleCovered);
        }
    }

    /** One of the actor's own entries on a project. */
    public record Line(
            String instrumentName,
            FundingSource source,
            FundingStatus status,
            Money applied,
            Money granted,
            LocalDate periodStart,
            LocalDate periodEnd) {}

    /** Another actor funding some of the same projects: how many, and the sum it granted on them. */
    public record CoFunder(String name, int sharedProjects, Money granted) {}
}
