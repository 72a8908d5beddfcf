package no.innomotor.suppliers;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supplier person's saved searches: only their own, ever. A search of someone else is not found (404), so a
 * competitor cannot learn what another company looks for.
 */
@Service
@Transactional
public class SavedSearches {

    public static final int MAX_PER_PERSON = 20;

    private final SavedSearchRepository searches;
    private final SupplierCodes codes;
    private final Clock clock;

    SavedSearches(SavedSearchRepository searches, SupplierCodes codes, Clock clock) {
        this.searches = searches;
        this.codes = codes;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SavedSearchView> mine(CurrentUser user) {
        requireSupplier(user);
        return searches.ofPerson(user.personId().value()).stream()
                .map(SavedSearch::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public SavedSearchView get(UUID id, CurrentUser user) {
        return own(id, user).view();
    }

    public UUID create(SearchCriteria criteria, CurrentUser user) {
        OrganisationId company = requireSupplier(user);
        codes.check(criteria.cpvCodes(), criteria.regions(), "cpvCodes", "regions");
        if (searches.ofPerson(user.personId().value()).size() >= MAX_PER_PERSON) {
            throw new ProfileInputRejected(
                    "name", "suppliers.searches.tooMany", "Too many saved searches", MAX_PER_PERSON);
        }
        return searches.save(new SavedSearch(user.personId(), company, criteria, clock.instant()))
                .id();
    }

    public void update(UUID id, SearchCriteria criteria, long expectedVersion, CurrentUser user) {
        SavedSearch search = own(id, user);
        codes.check(criteria.cpvCodes(), criteria.regions(), "cpvCodes", "regions");
        search.change(criteria, expectedVersion);
        searches.saveAndFlush(search);
    }

    public void delete(UUID id, CurrentUser user) {
        searches.delete(own(id, user));
    }

    /** Refuses anyone but the owner before anything they sent is read. */
    @Transactional(readOnly = true)
    public void authorise(UUID id, CurrentUser user) {
        own(id, user);
    }

    private SavedSearch own(UUID id, CurrentUser user) {
        requireSupplier(user);
        return searches.findById(id)
                .filter(search -> search.person().equals(user.personId()))
                .orElseThrow(() -> new SupplierNotFound("saved search", id));
    }

    /** The company the person's searches are for: the first where they hold the supplier role. */
    private static OrganisationId requireSupplier(CurrentUser user) {
        return user.organisationsWithRole(Role.SUPPLIER).stream()
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("Saved searches are for supplier people"));
    }
}
