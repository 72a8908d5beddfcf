package no.innomotor.instruments;

import no.innomotor.shared.DomainException;

/** No such instrument, or the person may not know it exists (a draft of another actor, any draft for the public). */
public class InstrumentNotFound extends DomainException.NotFound {

    InstrumentNotFound(Object id) {
        super("instruments.error.notFound", "No visible instrument " + id);
    }
}
