package no.innomotor.suppliers;

import no.innomotor.shared.DomainException;
import no.innomotor.shared.OrganisationId;

/** Someone changed the profile after this person opened the form. */
public class ProfileChangedConcurrently extends DomainException.Conflict {

    ProfileChangedConcurrently(OrganisationId organisation) {
        super("suppliers.error.profileChanged", "Supplier profile " + organisation + " changed concurrently");
    }
}
