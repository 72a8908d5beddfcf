package no.innomotor.organisations;

import no.innomotor.shared.DomainException;

/** Members of an organisation that waits for approval (or was rejected) cannot act for it yet. */
public class OrganisationNotApproved extends DomainException.RuleBroken {
    OrganisationNotApproved() {
        super("organisations.error.notApproved", "Organisation not approved");
    }
}
