package no.innomotor.suppliers;

import java.util.List;
import java.util.UUID;
import no.innomotor.notices.NoticeEvents.NoticeImported;
import no.innomotor.notices.NoticeEvents.NoticeUpdated;
import no.innomotor.notices.NoticeEvents.OpportunityListed;
import no.innomotor.notices.NoticesManagement;
import no.innomotor.shared.PersonId;
import no.innomotor.suppliers.SupplierEvents.FollowedOpportunityUpdated;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the suppliers module does when the notices module imports or lists: a new opportunity (an imported notice or
 * a published market-dialogue announcement) is held against every profile and saved search
 * ({@link SupplierAlerts#alert}); an updated one is told to the people who follow it. Runs after
 * the import committed, from the persistent event publication registry.
 */
@Component
class SupplierListeners {

    private final SupplierAlerts alerts;
    private final SupplierOpportunities opportunities;
    private final NoticesManagement notices;
    private final ApplicationEventPublisher events;

    SupplierListeners(
            SupplierAlerts alerts,
            SupplierOpportunities opportunities,
            NoticesManagement notices,
            ApplicationEventPublisher events) {
        this.alerts = alerts;
        this.opportunities = opportunities;
        this.notices = notices;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(NoticeImported event) {
        alerts.alert(event.opportunity());
    }

    /** A market-dialogue announcement published on the platform reaches suppliers as an imported notice does. */
    @ApplicationModuleListener
    void on(OpportunityListed event) {
        alerts.alert(event.opportunity());
    }

    @ApplicationModuleListener
    void on(NoticeUpdated event) {
        List<UUID> followers = opportunities.followers(event.opportunity().value());
        if (followers.isEmpty()) {
            return;
        }
        notices.find(event.opportunity())
                .ifPresent(opportunity -> events.publishEvent(new FollowedOpportunityUpdated(
                        opportunity.id().value(),
                        SupplierOpportunities.title(opportunity, SupplierAlerts.BOKMAL),
                        followers.stream().map(PersonId::new).toList())));
    }
}
