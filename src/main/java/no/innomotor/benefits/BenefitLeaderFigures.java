package no.innomotor.benefits;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.work.LeaderFigures;
import org.springframework.stereotype.Component;

/**
 * The top leader's view of benefit realisation in the organisations they lead: the projects with a plan, the kroner
 * planned and realised, and the share of projects that have measured a benefit — top management holds the overall
 * responsibility for realising the benefits (DFØ).
 */
@Component
class BenefitLeaderFigures implements LeaderFigures {

    private final BenefitRollups rollups;

    BenefitLeaderFigures(BenefitRollups rollups) {
        this.rollups = rollups;
    }

    @Override
    public Optional<Panel> panel(Collection<OrganisationId> organisations) {
        Rollup rollup = rollups.forOrganisations(organisations);
        if (rollup.projects() == 0) {
            return Optional.of(new Panel(
                    "benefits.leader.heading", "benefits.leader.none", List.of(), "benefits.leader.link", "/benefits"));
        }
        return Optional.of(new Panel(
                "benefits.leader.heading",
                "benefits.leader.lead",
                List.of(
                        new Figure("benefits.leader.projects", rollup.projects(), Unit.COUNT),
                        new Figure("benefits.leader.benefits", rollup.benefits(), Unit.COUNT),
                        new Figure("benefits.leader.planned", rollup.plannedNok(), Unit.NOK),
                        new Figure("benefits.leader.realised", rollup.realisedNok(), Unit.NOK),
                        new Figure("benefits.leader.realisedShare", rollup.realisedPercent(), Unit.PERCENT),
                        new Figure("benefits.leader.measured", rollup.measuredPercent(), Unit.PERCENT)),
                "benefits.leader.link",
                "/benefits"));
    }
}
