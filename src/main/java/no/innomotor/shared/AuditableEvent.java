package no.innomotor.shared;

import org.jspecify.annotations.Nullable;

/**
 * An event that changes something a person did, and therefore belongs in the audit trail. Every module's change
 * events implement this, so the audit module can record them without knowing the modules that publish them.
 */
public interface AuditableEvent {

    /** Who did it; null for the platform itself (demo data, scheduled jobs). */
    @Nullable
    PersonId actor();

    /** The organisation that owns the changed object; null where none does. */
    @Nullable
    OrganisationId organisation();

    /** The type of the object changed, e.g. "project", "organisation". */
    String objectType();

    /** The id of the object changed. */
    String objectId();

    /** A short, stable verb for what happened, e.g. "project.created". */
    default String action() {
        return getClass().getSimpleName();
    }

    /** A summary of the change, in plain words for the audit log (not translated: it is a record). */
    String summary();
}
