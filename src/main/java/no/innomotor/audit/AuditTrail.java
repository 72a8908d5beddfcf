package no.innomotor.audit;

import java.time.Clock;
import no.innomotor.shared.AuditableEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every {@link AuditableEvent} in the transaction that published it: the change and its audit record
 * commit together or not at all (a plain listener, not an asynchronous module listener, on purpose).
 */
@Component
class AuditTrail {

    private final AuditRecordRepository records;
    private final Clock clock;

    AuditTrail(AuditRecordRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AuditableEvent event) {
        records.save(new AuditRecord(
                clock.instant(),
                event.actor() == null ? null : event.actor().value(),
                event.organisation() == null ? null : event.organisation().value(),
                event.action(),
                event.objectType(),
                event.objectId(),
                event.summary(),
                AuditDetails.write(event.details())));
    }
}
