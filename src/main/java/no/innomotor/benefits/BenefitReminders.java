package no.innomotor.benefits;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Predicate;
import no.innomotor.shared.NorwegianTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning, the owner of each benefit whose measurement is due is reminded once for that due date (the inbox
 * and mail tell it; the front page shows it to the team until the measurement is recorded).
 */
@Component
class BenefitReminders {

    private final BenefitRepository benefits;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BenefitReminders(BenefitRepository benefits, ApplicationEventPublisher events, Clock clock) {
        this.benefits = benefits;
        this.events = events;
        this.clock = clock;
    }

    /** @return how many owners were reminded */
    @Scheduled(cron = "${innomotor.benefits.reminders:0 15 7 * * *}", zone = "Europe/Oslo")
    @Transactional
    public int remind() {
        return remind(benefit -> true);
    }

    /** Reminds of the due benefits that pass the filter (a test reminds of its own project's only). */
    @Transactional
    public int remind(Predicate<Benefit> which) {
        LocalDate today = NorwegianTime.today(clock);
        int sent = 0;
        for (Benefit benefit : benefits.unreminded(today)) {
            LocalDate due = benefit.nextDue();
            if (due != null && which.test(benefit) && benefit.remind(today)) {
                BenefitPlan plan = benefit.plan();
                events.publishEvent(new MeasurementDue(
                        plan.organisation(), plan.project(), benefit.id(), benefit.title(), due, benefit.owner()));
                sent++;
            }
        }
        return sent;
    }
}
