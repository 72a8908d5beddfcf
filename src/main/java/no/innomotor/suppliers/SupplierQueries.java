package no.innomotor.suppliers;

import java.util.EnumSet;
import java.util.Set;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supplier directory for buyers, advisers, instrument actors and administrators: listed profiles only, answered
 * from the search index, and one profile's page with the parts its company lets them see. An unlisted profile is
 * not found for them (administrators and the company itself excepted).
 */
@Service
@Transactional(readOnly = true)
public class SupplierQueries {

    public static final int MAX_PAGE_SIZE = 100;

    /** The roles the directory is for. */
    public static final Set<Role> READERS = EnumSet.of(Role.BUYER, Role.ADVISER, Role.ADMIN, Role.INSTRUMENT_ACTOR);

    private final SupplierSearch search;
    private final SupplierProfileRepository profiles;

    SupplierQueries(SupplierSearch search, SupplierProfileRepository profiles) {
        this.search = search;
        this.profiles = profiles;
    }

    public SupplierPage directory(SupplierFilter filter, int page, int size, CurrentUser user) {
        if (!readsDirectory(user)) {
            throw new org.springframework.security.access.AccessDeniedException("The directory is for buyers");
        }
        return search.search(filter, Math.max(0, Math.min(page, 10_000)), Math.max(1, Math.min(size, MAX_PAGE_SIZE)));
    }

    /** At most this many profiles in one answer of {@link #everyListed}. */
    static final int EVERY_LISTED = 200_000;

    /**
     * Every listed profile the filter finds, by name, answered from the search index alone: the advisers' follow-up
     * overview joins them with its plans. Only directory readers ask.
     */
    public java.util.List<SupplierListing> everyListed(SupplierFilter filter, CurrentUser user) {
        if (!readsDirectory(user)) {
            throw new org.springframework.security.access.AccessDeniedException("The directory is for buyers");
        }
        return search.search(filter, 0, EVERY_LISTED).items();
    }

    /**
     * One profile as this person may see it: the company's own supplier people and administrators see every part of
     * any profile; directory readers see a listed profile without the parts its company keeps to itself.
     */
    public SupplierProfileView profile(OrganisationId company, CurrentUser user) {
        SupplierProfile profile =
                profiles.findById(company.value()).orElseThrow(() -> new SupplierNotFound("profile", company));
        boolean full = user.hasRole(company, Role.SUPPLIER) || user.isAdmin();
        if (!full && !(profile.listed() && readsDirectory(user))) {
            throw new SupplierNotFound("profile", company);
        }
        return profile.view(full);
    }

    /**
     * What every directory reader may see of a listed profile, for another module to show beside the company (the
     * dialogue's matchmaking shows it to the other companies taking part); empty for an unlisted or missing one.
     */
    public java.util.Optional<SupplierListing> listing(OrganisationId company) {
        return profiles.findById(company.value())
                .filter(SupplierProfile::listed)
                .map(profile -> profile.view(false).listing());
    }

    static boolean readsDirectory(CurrentUser user) {
        return READERS.stream().anyMatch(user::hasRoleAnywhere);
    }
}
