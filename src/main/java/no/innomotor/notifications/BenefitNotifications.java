package no.innomotor.notifications;

import java.util.List;
import no.innomotor.benefits.MeasurementDue;
import no.innomotor.shared.AuditableEvent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Benefit realisation, told in the inbox and by mail: the benefit's owner when a measurement is due. */
@Component
class BenefitNotifications {

    static final String MEASUREMENT_DUE = "benefits-measurement-due";

    private final Notifier notifier;

    BenefitNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(MeasurementDue event) {
        notifier.tell(
                new Notice(
                        MEASUREMENT_DUE,
                        AuditableEvent.parameters("benefit", event.title(), "due", event.due()),
                        "/projects/" + event.project() + "/benefits/" + event.benefit() + "#measure"),
                List.of(event.owner()),
                null);
    }
}
