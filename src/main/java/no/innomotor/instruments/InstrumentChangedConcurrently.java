package no.innomotor.instruments;

import no.innomotor.shared.DomainException;

/** Someone saved or published the instrument after the version the person edited; what they typed is kept. */
public class InstrumentChangedConcurrently extends DomainException.Conflict {

    InstrumentChangedConcurrently(InstrumentId id) {
        super("instruments.error.concurrent", "Instrument " + id + " changed concurrently");
    }
}
