package no.innomotor.suppliers;

import java.time.Instant;
import java.util.UUID;

/** A saved search as its owner sees it. */
public record SavedSearchView(UUID id, SearchCriteria criteria, long version, Instant createdAt) {}
