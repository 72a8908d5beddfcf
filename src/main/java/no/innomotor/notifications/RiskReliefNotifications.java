package no.innomotor.notifications;

import java.util.ArrayList;
import java.util.List;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.riskrelief.RiskReliefEvents.ApplicationDecided;
import no.innomotor.riskrelief.RiskReliefFlowEvents.AssessorAssigned;
import no.innomotor.riskrelief.RiskReliefFlowEvents.ConflictDeclared;
import no.innomotor.riskrelief.RiskReliefFlowEvents.MilestoneDueSoon;
import no.innomotor.riskrelief.RiskReliefFlowEvents.SchemeDeadlineNear;
import no.innomotor.shared.AuditableEvent;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.security.Role;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Risk relief, told in the inbox and by mail: an assessor assigned; the owner's actors when an assessor declares a
 * conflict (someone else is to be assigned) and before a scheme's deadline; the applicant's people when their
 * application is decided and before a milestone is due. The person who did it is never told.
 */
@Component
class RiskReliefNotifications {

    static final String ASSIGNED = "riskrelief-assigned";
    static final String CONFLICT = "riskrelief-conflict";
    static final String DECIDED = "riskrelief-decided";
    static final String MILESTONE = "riskrelief-milestone-due";
    static final String DEADLINE = "riskrelief-deadline";

    private final Notifier notifier;
    private final OrganisationsManagement organisations;

    RiskReliefNotifications(Notifier notifier, OrganisationsManagement organisations) {
        this.notifier = notifier;
        this.organisations = organisations;
    }

    @ApplicationModuleListener
    void on(AssessorAssigned event) {
        notifier.tell(
                new Notice(
                        ASSIGNED,
                        AuditableEvent.parameters("scheme", event.schemeName()),
                        "/riskrelief/applications/" + event.applicationId() + "#assessment"),
                List.of(event.assessor()),
                event.actor());
    }

    @ApplicationModuleListener
    void on(ConflictDeclared event) {
        if (!event.conflict()) {
            return;
        }
        notifier.tell(
                new Notice(
                        CONFLICT,
                        AuditableEvent.parameters("scheme", event.schemeName()),
                        "/riskrelief/applications/" + event.applicationId() + "#assessment"),
                people(event.schemeOwner(), Role.INSTRUMENT_ACTOR),
                event.actor());
    }

    @ApplicationModuleListener
    void on(ApplicationDecided event) {
        notifier.tell(
                new Notice(
                        DECIDED,
                        AuditableEvent.parameters("scheme", event.schemeName()),
                        "/riskrelief/applications/" + event.applicationId() + "#decision"),
                applicants(event.organisation()),
                event.actor());
    }

    @ApplicationModuleListener
    void on(MilestoneDueSoon event) {
        notifier.tell(
                new Notice(
                        MILESTONE,
                        AuditableEvent.parameters(
                                "scheme", event.schemeName(), "milestone", event.milestone(), "due", event.due()),
                        "/riskrelief/applications/" + event.applicationId() + "#payouts"),
                applicants(event.applicant()),
                null);
    }

    @ApplicationModuleListener
    void on(SchemeDeadlineNear event) {
        notifier.tell(
                new Notice(
                        DEADLINE,
                        AuditableEvent.parameters("scheme", event.schemeName(), "deadline", event.deadline()),
                        "/riskrelief/schemes/" + event.schemeId()),
                people(event.owner(), Role.INSTRUMENT_ACTOR),
                null);
    }

    private List<PersonId> applicants(OrganisationId organisation) {
        List<PersonId> people = new ArrayList<>(people(organisation, Role.BUYER));
        people.addAll(people(organisation, Role.SUPPLIER));
        return people;
    }

    private List<PersonId> people(OrganisationId organisation, Role role) {
        return organisations.peopleWithRole(organisation, role).stream()
                .map(PersonSummary::id)
                .toList();
    }
}
