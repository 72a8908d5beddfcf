package no.innomotor.knowledge;

import java.time.Clock;
import no.innomotor.benefits.BenefitFiguresChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Keeps the knowledge module's copy of every project's benefit figures: each event replaces the copy whole. */
@Component
class BenefitFiguresCopy {

    private final ProjectBenefitsRepository copies;
    private final Clock clock;

    BenefitFiguresCopy(ProjectBenefitsRepository copies, Clock clock) {
        this.copies = copies;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(BenefitFiguresChanged event) {
        ProjectBenefits copy = copies.findById(event.project().value())
                .map(existing -> {
                    existing.replace(event, clock.instant());
                    return existing;
                })
                .orElseGet(() -> new ProjectBenefits(event, clock.instant()));
        copies.save(copy);
    }
}
