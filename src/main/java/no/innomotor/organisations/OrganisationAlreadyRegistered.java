package no.innomotor.organisations;

import no.innomotor.shared.DomainException;
import no.innomotor.shared.OrgNumber;

public class OrganisationAlreadyRegistered extends DomainException.RuleBroken {
    OrganisationAlreadyRegistered(OrgNumber orgNumber) {
        super(
                "error.organisation.alreadyRegistered",
                "Organisation number already registered: " + orgNumber,
                orgNumber.formatted());
    }
}
