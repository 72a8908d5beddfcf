package no.innomotor.instruments;

import java.util.List;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who is what to an instrument. The owning actor's INSTRUMENT_ACTOR members create, edit and publish it. Advisers,
 * who help keep the catalogue across the whole support apparatus, edit any working copy but never publish: that is
 * the owner's word. Anyone reads what is published; a draft of another actor is not found (404).
 */
@Component
class InstrumentAccess {

    private final InstrumentRepository instruments;

    InstrumentAccess(InstrumentRepository instruments) {
        this.instruments = instruments;
    }

    static boolean owns(@Nullable CurrentUser user, OrganisationId owner) {
        return user != null && user.hasRole(owner, Role.INSTRUMENT_ACTOR);
    }

    static boolean adviser(@Nullable CurrentUser user) {
        return user != null && user.hasRoleAnywhere(Role.ADVISER);
    }

    static boolean mayEdit(@Nullable CurrentUser user, OrganisationId owner) {
        return owns(user, owner) || adviser(user);
    }

    static List<OrganisationId> actorOrganisations(CurrentUser user) {
        return user.organisationsWithRole(Role.INSTRUMENT_ACTOR);
    }

    /** The instrument's working copy for someone who may edit it; anyone else is told there is none. */
    Instrument editable(InstrumentId id, CurrentUser user) {
        Instrument instrument = instruments.findById(id.value()).orElseThrow(() -> new InstrumentNotFound(id));
        if (!mayEdit(user, instrument.owner())) {
            throw new InstrumentNotFound(id);
        }
        return instrument;
    }

    /** The instrument for its owner to publish; an adviser sees it but is refused (403), anyone else not told. */
    Instrument publishable(InstrumentId id, CurrentUser user) {
        Instrument instrument = editable(id, user);
        if (!owns(user, instrument.owner())) {
            throw new AccessDeniedException("Only the owning instrument actor publishes its instruments");
        }
        return instrument;
    }
}
