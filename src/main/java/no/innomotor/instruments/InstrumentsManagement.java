package no.innomotor.instruments;

import java.time.Clock;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue's commands: an instrument actor's people create instruments and publish them; they and advisers
 * save the working copy. Every command checks the person's right first ({@link InstrumentAccess}) and the version
 * the person edited; the instrument records what happened as an event, published on save.
 */
@Service
@Transactional
public class InstrumentsManagement {

    private final InstrumentRepository instruments;
    private final InstrumentVersionRepository versions;
    private final InstrumentAccess access;
    private final OrganisationsManagement organisations;
    private final Clock clock;

    InstrumentsManagement(
            InstrumentRepository instruments,
            InstrumentVersionRepository versions,
            InstrumentAccess access,
            OrganisationsManagement organisations,
            Clock clock) {
        this.instruments = instruments;
        this.versions = versions;
        this.access = access;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Refuses anyone who may not edit the instrument's working copy (not found). */
    @Transactional(readOnly = true)
    public void authoriseEditor(InstrumentId id, CurrentUser user) {
        access.editable(id, user);
    }

    /** Refuses anyone who may not publish it: an adviser 403, anyone else not found. */
    @Transactional(readOnly = true)
    public void authorisePublisher(InstrumentId id, CurrentUser user) {
        access.publishable(id, user);
    }

    /** A new instrument, as a draft, of an approved instrument actor where the person has the role. */
    public InstrumentId create(OrganisationId owner, InstrumentContent content, CurrentUser user) {
        if (!InstrumentAccess.owns(user, owner)) {
            throw new AccessDeniedException("Only an instrument actor's own people add its instruments");
        }
        OrganisationSummary org = organisations
                .find(owner)
                .filter(o -> o.type() == OrganisationType.INSTRUMENT_ACTOR && o.approved())
                .orElseThrow(() -> new AccessDeniedException("Not an approved instrument actor"));
        Instrument instrument =
                new Instrument(InstrumentId.random(), owner, org.name(), content, user.personId(), clock.instant());
        return instruments.saveAndFlush(instrument).id();
    }

    public void saveDraft(InstrumentId id, InstrumentContent content, long expectedVersion, CurrentUser user) {
        Instrument instrument = access.editable(id, user);
        instrument.saveDraft(content, expectedVersion, user.personId(), clock.instant());
        instruments.saveAndFlush(instrument);
    }

    /** Publishes the working copy as a new version; returns its number. */
    public int publish(InstrumentId id, long expectedVersion, CurrentUser user) {
        Instrument instrument = access.publishable(id, user);
        InstrumentVersion version = instrument.publish(expectedVersion, user.personId(), clock.instant());
        instruments.saveAndFlush(instrument);
        versions.saveAndFlush(version);
        return version.number();
    }
}
