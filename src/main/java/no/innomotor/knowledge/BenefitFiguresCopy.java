package no.innomotor.knowledge;

import java.time.Clock;
import java.util.UUID;
import no.innomotor.benefits.BenefitFiguresChanged;
import no.innomotor.benefits.BenefitQueries;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Keeps the knowledge module's copy of every project's benefit figures, replaced whole on each change. */
@Component
class BenefitFiguresCopy {

    private final ProjectBenefitsRepository copies;
    private final BenefitQueries benefits;
    private final Clock clock;
    private final TransactionTemplate separately;

    BenefitFiguresCopy(
            ProjectBenefitsRepository copies,
            BenefitQueries benefits,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.copies = copies;
        this.benefits = benefits;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The event says that the figures changed; what is copied is the figures as they stand now, read after the
     * copy is locked. Events of one project arrive asynchronously and in no set order (a demo transaction raises
     * twenty at once), so copying each event's own picture could leave an older one last. A project's first copy is
     * made in a transaction of its own: when several events make it at once, the losers meet the primary key, read
     * the winner's, and take turns on its lock.
     */
    @ApplicationModuleListener
    void on(BenefitFiguresChanged event) {
        UUID project = event.project().value();
        if (copies.lock(project).isEmpty()) {
            try {
                separately.executeWithoutResult(status -> {
                    if (copies.findById(project).isEmpty()) {
                        copies.saveAndFlush(new ProjectBenefits(event, clock.instant()));
                    }
                });
            } catch (DataIntegrityViolationException madeByAnother) {
                // Another event of the same project made the copy first; it is locked and replaced below.
            }
        }
        ProjectBenefits copy = copies.lock(project).orElseThrow();
        copy.replace(benefits.currentFigures(event.project()).orElse(event), clock.instant());
        copies.saveAndFlush(copy);
    }
}
