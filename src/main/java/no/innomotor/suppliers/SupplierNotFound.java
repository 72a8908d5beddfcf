package no.innomotor.suppliers;

import no.innomotor.shared.DomainException;

/** No such profile, saved search or opportunity, or the person may not know it exists. */
class SupplierNotFound extends DomainException.NotFound {

    SupplierNotFound(String what, Object id) {
        super("suppliers.error.notFound", "No visible " + what + " " + id);
    }
}
