package no.innomotor.instruments;

import java.util.Map;
import no.innomotor.shared.AuditableEvent;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * Events of the instrument catalogue, each about one instrument (object type instrument), owned by the instrument
 * actor that publishes it. They carry ids and the instrument's name; the content is in the catalogue.
 */
public final class InstrumentEvents {

    static final String OBJECT_TYPE = "instrument";

    private InstrumentEvents() {}

    /** What every instrument event has in common. */
    public interface InstrumentEvent extends AuditableEvent {

        InstrumentId instrument();

        String name();

        @Override
        OrganisationId organisation();

        @Override
        default String objectType() {
            return OBJECT_TYPE;
        }

        @Override
        default String objectId() {
            return instrument().toString();
        }

        @Override
        default Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("name", name());
        }
    }

    public record InstrumentCreated(PersonId actor, OrganisationId organisation, InstrumentId instrument, String name)
            implements InstrumentEvent {
        @Override
        public String action() {
            return "instrument.created";
        }
    }

    public record InstrumentDraftSaved(
            PersonId actor, OrganisationId organisation, InstrumentId instrument, String name)
            implements InstrumentEvent {
        @Override
        public String action() {
            return "instrument.draft-saved";
        }
    }

    public record InstrumentPublished(
            PersonId actor, OrganisationId organisation, InstrumentId instrument, String name, int versionNumber)
            implements InstrumentEvent {
        @Override
        public String action() {
            return "instrument.published";
        }

        @Override
        public Map<String, @Nullable Object> details() {
            return AuditableEvent.parameters("name", name, "version", versionNumber);
        }
    }
}
