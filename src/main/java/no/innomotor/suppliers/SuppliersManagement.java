package no.innomotor.suppliers;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The suppliers module's commands and reads of a company's own profile. Only a person with the supplier role in the
 * company writes its profile; anyone else is told there is no such company to write for (404). The profile records
 * what happened as an event, published when it is saved, and the audit trail records it. The directory is
 * {@link SupplierQueries}, saved searches {@link SavedSearches}, alerts {@link SupplierAlerts}.
 */
@Service
@Transactional
public class SuppliersManagement {

    private final SupplierProfileRepository profiles;
    private final OrganisationsManagement organisations;
    private final SupplierCodes codes;
    private final Clock clock;

    SuppliersManagement(
            SupplierProfileRepository profiles,
            OrganisationsManagement organisations,
            SupplierCodes codes,
            Clock clock) {
        this.profiles = profiles;
        this.organisations = organisations;
        this.codes = codes;
        this.clock = clock;
    }

    /** The companies whose profile the person writes: approved companies where they hold the supplier role. */
    @Transactional(readOnly = true)
    public List<CompanyChoice> companies(CurrentUser user) {
        List<OrganisationId> held = user.organisationsWithRole(Role.SUPPLIER);
        if (held.isEmpty()) {
            return List.of();
        }
        Map<OrganisationId, OrganisationSummary> found = organisations.find(held);
        Collection<java.util.UUID> existing =
                profiles.findAllById(held.stream().map(OrganisationId::value).toList()).stream()
                        .map(profile -> profile.organisation().value())
                        .toList();
        return held.stream()
                .map(found::get)
                .filter(java.util.Objects::nonNull)
                .filter(org -> org.type() == OrganisationType.COMPANY)
                .map(org -> new CompanyChoice(
                        org.id(), org.name(), existing.contains(org.id().value())))
                .toList();
    }

    /** The company's own profile, every part included; empty when it has none yet. */
    @Transactional(readOnly = true)
    public Optional<SupplierProfileView> ownProfile(OrganisationId company, CurrentUser user) {
        authorise(company, user);
        return profiles.findById(company.value()).map(profile -> profile.view(true));
    }

    /** Writes the profile, the first time or from the version the person saw; a newer version refuses (409). */
    public void save(OrganisationId company, ProfileFacts facts, long expectedVersion, CurrentUser user) {
        OrganisationSummary org = authorise(company, user);
        codes.check(facts.competences(), facts.regions(), "competences", "regions");
        var scope = codes.scope(facts.competences());
        Optional<SupplierProfile> existing = profiles.findById(company.value());
        SupplierProfile profile;
        if (existing.isPresent()) {
            profile = existing.get();
            profile.change(org.name(), facts, scope, expectedVersion, user.personId(), clock.instant());
        } else {
            if (expectedVersion != 0) {
                throw new ProfileChangedConcurrently(company);
            }
            profile = new SupplierProfile(company, org.name(), facts, scope, user.personId(), clock.instant());
        }
        // Flushed here, so a concurrent save refuses before anything is recorded.
        profiles.saveAndFlush(profile);
    }

    /**
     * Refuses anyone but a supplier person of the company before anything they sent is read: the company is not
     * found for them, so nobody learns which companies have profiles.
     */
    @Transactional(readOnly = true)
    public OrganisationSummary authorise(OrganisationId company, CurrentUser user) {
        if (!user.hasRole(company, Role.SUPPLIER)) {
            throw new SupplierNotFound("company", company);
        }
        return organisations
                .find(company)
                .filter(org -> org.type() == OrganisationType.COMPANY)
                .orElseThrow(() -> new SupplierNotFound("company", company));
    }
}
