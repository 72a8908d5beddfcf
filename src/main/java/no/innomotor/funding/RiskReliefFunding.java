package no.innomotor.funding;

import java.time.Clock;
import java.util.Optional;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.projects.ProjectTeam;
import no.innomotor.projects.ProjectTeams;
import no.innomotor.riskrelief.RiskReliefEvents.ApplicationDecided;
import no.innomotor.riskrelief.RiskReliefEvents.ApplicationEvent;
import no.innomotor.riskrelief.RiskReliefEvents.ApplicationSubmitted;
import no.innomotor.riskrelief.RiskReliefEvents.ApplicationWithdrawn;
import no.innomotor.riskrelief.RiskReliefEvents.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps a project's risk-relief entries in step with the applications' events, after the risk-relief module's
 * transaction committed, each in a transaction of its own from the persistent event publication registry. Each event
 * sets the state it describes on the entry of its application (found by the application's id, a unique key), so an
 * event delivered again changes nothing.
 */
@Component
class RiskReliefFunding {

    private static final Logger LOG = LoggerFactory.getLogger(RiskReliefFunding.class);

    private final FundingEntryRepository entries;
    private final ProjectTeams projects;
    private final OrganisationsManagement organisations;
    private final Clock clock;
    private final TransactionTemplate separately;

    RiskReliefFunding(
            FundingEntryRepository entries,
            ProjectTeams projects,
            OrganisationsManagement organisations,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.entries = entries;
        this.projects = projects;
        this.organisations = organisations;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(ApplicationSubmitted event) {
        entry(event).ifPresent(entry -> {
            entry.submitted(
                    event.amountRequested(),
                    event.periodStart(),
                    event.periodEnd(),
                    event.costCategories(),
                    clock.instant());
            entries.saveAndFlush(entry);
        });
    }

    @ApplicationModuleListener
    void on(ApplicationDecided event) {
        entry(event).ifPresent(entry -> {
            entry.decided(
                    event.outcome() != Outcome.REJECTED,
                    event.amountGranted(),
                    event.periodStart(),
                    event.periodEnd(),
                    event.costCategories(),
                    clock.instant());
            entries.saveAndFlush(entry);
        });
    }

    @ApplicationModuleListener
    void on(ApplicationWithdrawn event) {
        entries.lockByApplicationId(event.applicationId()).ifPresent(entry -> {
            entry.withdrawn(clock.instant());
            entries.saveAndFlush(entry);
        });
    }

    /**
     * The application's entry, locked, made when the first event about it arrives; empty for a project that is gone.
     * The entry is made in a transaction of its own, so two events about a new application arriving at once both find
     * the one entry (the loser of the race meets the unique key and reads the winner's), then take turns on its lock.
     */
    private Optional<FundingEntry> entry(ApplicationEvent event) {
        Optional<FundingEntry> known = entries.lockByApplicationId(event.applicationId());
        if (known.isPresent()) {
            return known;
        }
        Optional<ProjectTeam> project = projects.of(event.project());
        if (project.isEmpty()) {
            LOG.warn("Risk-relief application {} names no known project; no funding entry", event.applicationId());
            return Optional.empty();
        }
        String owner = organisations
                .find(event.schemeOwner())
                .map(OrganisationSummary::name)
                .orElse(event.schemeName());
        try {
            separately.executeWithoutResult(status -> {
                if (entries.findByApplicationId(event.applicationId()).isEmpty()) {
                    entries.saveAndFlush(FundingEntry.fromApplication(
                            event.project(),
                            project.get().organisation(),
                            event.applicationId(),
                            event.schemeId(),
                            event.schemeName(),
                            event.schemeOwner(),
                            owner,
                            clock.instant()));
                }
            });
        } catch (DataIntegrityViolationException raced) {
            LOG.debug("Another event made the entry of application {} first", event.applicationId());
        }
        return entries.lockByApplicationId(event.applicationId());
    }
}
