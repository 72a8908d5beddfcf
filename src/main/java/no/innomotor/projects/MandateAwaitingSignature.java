package no.innomotor.projects;

import java.util.UUID;

/** A project whose newest mandate version waits for its top leader's signature: what the front page lists. */
record MandateAwaitingSignature(UUID project, String title, UUID organisation, int version) {}
