package no.innomotor.organisations;

import java.time.Instant;
import java.util.UUID;

/** A sign-in identity linked to a person, as their profile page shows it (never with the provider's subject). */
public record LinkedIdentitySummary(UUID id, String registrationId, String providerName, Instant linkedAt) {}
