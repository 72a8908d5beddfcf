package no.innomotor.riskrelief;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import no.innomotor.shared.work.PendingWork;
import no.innomotor.shared.work.WorkItem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk-relief module's share of the front page. For the owner's instrument actors: applications that need
 * assessors, assessed applications waiting for a decision they may make, and reported milestones waiting for payout.
 * For an assessor: each assigned application they have still to declare on or score. For an applicant: milestones due
 * within {@link #DUE_SOON_DAYS} days or overdue.
 */
@Component
class RiskReliefPendingWork implements PendingWork {

    static final int DUE_SOON_DAYS = 30;

    private final ApplicationRepository applications;
    private final Clock clock;

    RiskReliefPendingWork(ApplicationRepository applications, Clock clock) {
        this.applications = applications;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> waitingFor(CurrentUser user) {
        List<WorkItem> items = new ArrayList<>();
        LocalDate today = NorwegianTime.today(clock);
        List<UUID> owners = user.organisationsWithRole(Role.INSTRUMENT_ACTOR).stream()
                .map(OrganisationId::value)
                .toList();
        if (!owners.isEmpty()) {
            for (RiskReliefApplication a : applications.ofOwners(owners)) {
                if (!RiskReliefAccess.owner(user, a)) {
                    continue;
                }
                String link = "/riskrelief/applications/" + a.id();
                if (a.status() == ApplicationStatus.SUBMITTED) {
                    boolean assessor = a.assignment(user.personId()).isPresent();
                    if (a.activeAssessors() < 2) {
                        items.add(item("riskrelief.work.assign", a, link + "#assessment"));
                    } else if (a.consolidatedCount() >= 2 && !assessor) {
                        items.add(item("riskrelief.work.decide", a, link + "#decision"));
                    }
                } else if (a.status() == ApplicationStatus.DECIDED) {
                    for (Milestone m : a.milestones()) {
                        if (m.reported() && !m.paid()) {
                            items.add(new WorkItem(
                                    "riskrelief.work.pay",
                                    List.of(m.name()),
                                    a.projectTitle(),
                                    a.applicantName(),
                                    link + "#payouts",
                                    m.due()));
                        }
                    }
                }
            }
        }
        for (RiskReliefApplication a : applications.assignedTo(user.personId().value())) {
            if (a.status() == ApplicationStatus.SUBMITTED
                    && RiskReliefAccess.assessor(user, a)
                    && a.assignment(user.personId()).map(s -> !s.submitted()).orElse(false)) {
                items.add(item("riskrelief.work.assess", a, "/riskrelief/applications/" + a.id() + "#assessment"));
            }
        }
        Set<UUID> applicants = new LinkedHashSet<>();
        user.organisationsWithRole(Role.BUYER).forEach(o -> applicants.add(o.value()));
        user.organisationsWithRole(Role.SUPPLIER).forEach(o -> applicants.add(o.value()));
        if (!applicants.isEmpty()) {
            for (RiskReliefApplication a : applications.findByApplicantIdInOrderByCreatedAtDesc(applicants)) {
                if (a.status() != ApplicationStatus.DECIDED || !RiskReliefAccess.applicant(user, a)) {
                    continue;
                }
                for (Milestone m : a.milestones()) {
                    if (!m.reported() && !m.due().isAfter(today.plusDays(DUE_SOON_DAYS))) {
                        items.add(new WorkItem(
                                "riskrelief.work.milestone",
                                List.of(m.name()),
                                a.projectTitle(),
                                a.schemeName(),
                                "/riskrelief/applications/" + a.id() + "#payouts",
                                m.due()));
                    }
                }
            }
        }
        return items;
    }

    private static WorkItem item(String key, RiskReliefApplication a, String link) {
        return new WorkItem(key, List.of(a.applicantName()), a.projectTitle(), a.schemeName(), link, null);
    }
}
