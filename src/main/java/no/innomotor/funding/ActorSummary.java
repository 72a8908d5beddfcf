package no.innomotor.funding;

import no.innomotor.shared.Money;
import no.innomotor.shared.OrganisationId;

/** An instrument actor on the platform as the advisers' list shows it: how many projects, what it committed. */
public record ActorSummary(OrganisationId id, String name, int projects, Money committed, Money pending) {}
