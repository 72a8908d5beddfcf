package no.innomotor.riskrelief;

import java.time.Clock;
import java.time.LocalDate;
import no.innomotor.riskrelief.RiskReliefFlowEvents.MilestoneDueSoon;
import no.innomotor.riskrelief.RiskReliefFlowEvents.SchemeDeadlineNear;
import no.innomotor.shared.NorwegianTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders before deadlines, once a day: each milestone not yet reported that is due within
 * {@link #MILESTONE_DAYS} days (once per milestone and day, remembered on the milestone), and each published scheme
 * whose deadline is exactly {@link #DEADLINE_DAYS} days away. The notifications module tells the people.
 */
@Component
class RiskReliefReminders {

    static final int MILESTONE_DAYS = 14;
    static final int DEADLINE_DAYS = 7;

    private final ApplicationRepository applications;
    private final SchemeRepository schemes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RiskReliefReminders(
            ApplicationRepository applications,
            SchemeRepository schemes,
            ApplicationEventPublisher events,
            Clock clock) {
        this.applications = applications;
        this.schemes = schemes;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${innomotor.riskrelief.reminders:0 0 7 * * *}", zone = "Europe/Oslo")
    @Transactional
    public int remind() {
        LocalDate today = NorwegianTime.today(clock);
        int sent = 0;
        for (RiskReliefApplication a : applications.milestonesDue(today.plusDays(MILESTONE_DAYS), today)) {
            for (Milestone m : a.milestones()) {
                if (!m.reported()
                        && !m.due().isAfter(today.plusDays(MILESTONE_DAYS))
                        && (m.remindedOn() == null || m.remindedOn().isBefore(today))) {
                    m.reminded(today);
                    events.publishEvent(
                            new MilestoneDueSoon(a.applicant(), a.id().toString(), a.schemeName(), m.name(), m.due()));
                    sent++;
                }
            }
        }
        LocalDate deadline = today.plusDays(DEADLINE_DAYS);
        for (Scheme s : schemes.findByStatusAndDeadlineBetween(SchemeStatus.PUBLISHED, deadline, deadline)) {
            events.publishEvent(new SchemeDeadlineNear(s.owner(), s.id().toString(), s.name(), s.deadline()));
            sent++;
        }
        return sent;
    }
}
