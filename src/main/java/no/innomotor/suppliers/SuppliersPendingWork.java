package no.innomotor.suppliers;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.work.PendingWork;
import no.innomotor.shared.work.WorkItem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The suppliers module's share of the front page, for supplier people: a company without a profile, or with one
 * buyers cannot judge yet (no competences, regions, pitch or contact), is asked to complete it; alerts of the last
 * {@link #NEW_ALERT_DAYS} days wait to be read.
 */
@Component
class SuppliersPendingWork implements PendingWork {

    static final int NEW_ALERT_DAYS = 14;

    private final SuppliersManagement suppliers;
    private final SupplierProfileRepository profiles;
    private final SupplierAlerts alerts;
    private final Clock clock;

    SuppliersPendingWork(
            SuppliersManagement suppliers, SupplierProfileRepository profiles, SupplierAlerts alerts, Clock clock) {
        this.suppliers = suppliers;
        this.profiles = profiles;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> waitingFor(CurrentUser user) {
        List<CompanyChoice> companies = suppliers.companies(user);
        if (companies.isEmpty()) {
            return List.of();
        }
        Map<UUID, SupplierProfile> found =
                profiles.findAllById(companies.stream().map(c -> c.id().value()).toList()).stream()
                        .collect(Collectors.toMap(p -> p.organisation().value(), Function.identity()));
        List<WorkItem> items = new ArrayList<>();
        for (CompanyChoice company : companies) {
            SupplierProfile profile = found.get(company.id().value());
            if (profile == null || !profile.complete()) {
                items.add(new WorkItem(
                        profile == null ? "suppliers.work.profileMissing" : "suppliers.work.profileIncomplete",
                        List.of(),
                        company.name(),
                        null,
                        "/supplier-profile?company=" + company.id(),
                        null));
            }
        }
        long fresh = alerts.countSince(user, clock.instant().minus(NEW_ALERT_DAYS, ChronoUnit.DAYS));
        if (fresh > 0) {
            alerts.of(user, 1).stream()
                    .findFirst()
                    .ifPresent(newest -> items.add(new WorkItem(
                            "suppliers.work.newAlerts",
                            List.of(fresh),
                            newest.opportunityTitle(),
                            newest.matchedName(),
                            "/my-opportunities",
                            null)));
        }
        return items;
    }
}
