package no.innomotor.notifications;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.shared.AuditableEvent;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.Role;
import no.innomotor.suppliers.AlertReasons;
import no.innomotor.suppliers.SupplierAlert;
import no.innomotor.suppliers.SupplierAlerts;
import no.innomotor.suppliers.SupplierEvents.FollowedOpportunityUpdated;
import no.innomotor.suppliers.SupplierEvents.SuppliersAlerted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells supplier people about opportunities: an alert (a new opportunity matched their company's profile or their
 * own saved search, with why) and a change of an opportunity they follow. A person alerted both by the profile and
 * by a search is told once, by the first alert; a search without mail is told in the inbox only.
 */
@Component
class SupplierNotifications {

    static final String ALERT = "supplier-alert";
    static final String FOLLOWED_UPDATED = "followed-opportunity-updated";

    private final Notifier notifier;
    private final SupplierAlerts alerts;
    private final OrganisationsManagement organisations;

    SupplierNotifications(Notifier notifier, SupplierAlerts alerts, OrganisationsManagement organisations) {
        this.notifier = notifier;
        this.alerts = alerts;
        this.organisations = organisations;
    }

    @ApplicationModuleListener
    void on(SuppliersAlerted event) {
        // Everyone is looked up before the first message is saved (see Notifier.tellPeople): the suppliers of every
        // company alerted by its profile in one go, the owners of saved searches in another.
        List<SupplierAlert> recorded = alerts.recordedAt(event.opportunity(), event.recordedAt());
        Map<OrganisationId, List<PersonSummary>> suppliersOf = organisations.peopleWithRole(
                recorded.stream()
                        .filter(alert -> alert.person() == null)
                        .map(alert -> new OrganisationId(alert.organisation()))
                        .toList(),
                Role.SUPPLIER);
        Map<PersonId, PersonSummary> searchers = organisations.findPeople(recorded.stream()
                .filter(alert -> alert.person() != null)
                .map(alert -> new PersonId(alert.person()))
                .toList());
        Map<PersonId, SupplierAlert> byPerson = new LinkedHashMap<>();
        Map<PersonId, Boolean> mailed = new LinkedHashMap<>();
        Map<PersonId, PersonSummary> people = new LinkedHashMap<>();
        for (SupplierAlert alert : recorded) {
            List<PersonSummary> recipients = alert.person() == null
                    ? suppliersOf.getOrDefault(new OrganisationId(alert.organisation()), List.of())
                    : java.util.Optional.ofNullable(searchers.get(new PersonId(alert.person()))).stream()
                            .toList();
            for (PersonSummary person : recipients) {
                people.putIfAbsent(person.id(), person);
                byPerson.putIfAbsent(person.id(), alert);
                mailed.merge(person.id(), alert.mail(), Boolean::logicalOr);
            }
        }
        byPerson.forEach((person, alert) -> {
            Notice notice = notice(alert);
            if (mailed.get(person)) {
                notifier.tellPeople(notice, List.of(people.get(person)));
            } else {
                notifier.toInboxOnly(notice, person);
            }
        });
    }

    @ApplicationModuleListener
    void on(FollowedOpportunityUpdated event) {
        notifier.tell(
                new Notice(
                        FOLLOWED_UPDATED,
                        AuditableEvent.parameters("opportunity", event.opportunityTitle()),
                        "/opportunities/" + event.opportunity()),
                event.followers(),
                null);
    }

    /** The reasons as typed values: CPV pairs and keywords as they are, regions by their codes' names. */
    private static Notice notice(SupplierAlert alert) {
        AlertReasons reasons = alert.reasons();
        List<String> cpv = new ArrayList<>();
        for (AlertReasons.CpvMatch match : reasons.cpv()) {
            cpv.add(match.same() ? match.interest() : match.interest() + " → " + match.opportunity());
        }
        return new Notice(
                ALERT,
                AuditableEvent.parameters(
                        "opportunity",
                        alert.opportunityTitle(),
                        "match",
                        alert.matchedName(),
                        "cpv",
                        cpv,
                        "regions",
                        reasons.regionNames(),
                        "keywords",
                        reasons.keywords()),
                "/opportunities/" + alert.opportunity());
    }
}
