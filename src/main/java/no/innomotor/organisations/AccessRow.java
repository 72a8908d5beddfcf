package no.innomotor.organisations;

import java.util.UUID;
import no.innomotor.shared.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * One row of {@link PersonRepository#access}: the person's name and whether they may sign in, with one of their active
 * roles and its organisation, or no role (nulls) when they hold none.
 */
record AccessRow(
        String displayName,
        boolean enabled,
        @Nullable UUID organisationId,
        @Nullable String organisationName,
        @Nullable OrganisationStatus organisationStatus,
        @Nullable Role role) {}
