package no.innomotor.knowledge;

import java.time.Clock;
import no.innomotor.benefits.BenefitFiguresChanged;
import no.innomotor.benefits.BenefitQueries;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps the knowledge module's copy of every project's benefit figures, replaced whole on each change. */
@Component
class BenefitFiguresCopy {

    private final ProjectBenefitsRepository copies;
    private final BenefitQueries benefits;
    private final Clock clock;

    BenefitFiguresCopy(ProjectBenefitsRepository copies, BenefitQueries benefits, Clock clock) {
        this.copies = copies;
        this.benefits = benefits;
        this.clock = clock;
    }

    /**
     * The event says that the figures changed; what is copied is the figures as they stand now, read after the
     * copy is locked. Events of one project arrive asynchronously and in no set order (a demo transaction raises
     * twenty at once), so copying each event's own picture could leave an older one last.
     */
    @ApplicationModuleListener
    void on(BenefitFiguresChanged event) {
        java.util.Optional<ProjectBenefits> existing =
                copies.lock(event.project().value());
        BenefitFiguresChanged current = benefits.currentFigures(event.project()).orElse(event);
        ProjectBenefits copy = existing.map(known -> {
                    known.replace(current, clock.instant());
                    return known;
                })
                .orElseGet(() -> new ProjectBenefits(current, clock.instant()));
        copies.saveAndFlush(copy);
    }
}
