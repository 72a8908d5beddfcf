package no.innomotor.dialogue;

import java.time.Instant;
import java.util.Optional;
import no.innomotor.shared.OrganisationId;
import no.innomotor.suppliers.SupplierListing;

/**
 * A company taking part in an announcement's matchmaking: what it offers and seeks, whom to contact, and its
 * supplier profile's public summary where it has a listed one ({@code own}: the reader's company).
 */
public record MatchmakingPartner(
        OrganisationId company,
        String companyName,
        String offer,
        Participant contact,
        Instant joinedAt,
        Optional<SupplierListing> profile,
        boolean own) {}
