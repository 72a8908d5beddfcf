package no.innomotor.suppliers;

import no.innomotor.shared.DomainException;

/** The saved search was changed after this person opened the form. */
public class SavedSearchChangedConcurrently extends DomainException.Conflict {

    SavedSearchChangedConcurrently() {
        super("suppliers.error.searchChanged", "Saved search changed concurrently");
    }
}
