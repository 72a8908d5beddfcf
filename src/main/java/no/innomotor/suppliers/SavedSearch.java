package no.innomotor.suppliers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A supplier person's own search for opportunities: CPV codes (a code covers its descendants), regions (a region
 * covers those inside it) and keywords, and whether alerts from it come by mail as well as in the inbox. It belongs to
 * the person, for the company they hold the supplier role in; nobody else sees it.
 */
@Entity
@Table(name = "supplier_saved_search")
class SavedSearch {

    @Id
    private UUID id;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "cpv_codes", nullable = false, length = 2000)
    private String cpvCodes;

    @Column(nullable = false, length = 1000)
    private String regions;

    @Column(nullable = false, length = 1000)
    private String keywords;

    @Column(nullable = false)
    private boolean mail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private @Nullable Long version;

    protected SavedSearch() {}

    SavedSearch(PersonId person, OrganisationId organisation, SearchCriteria criteria, Instant now) {
        this.id = UUID.randomUUID();
        this.personId = person.value();
        this.organisationId = organisation.value();
        this.createdAt = now.truncatedTo(ChronoUnit.MICROS);
        apply(criteria);
    }

    void change(SearchCriteria criteria, long expectedVersion) {
        if (expectedVersion != version()) {
            throw new SavedSearchChangedConcurrently();
        }
        apply(criteria);
    }

    private void apply(SearchCriteria criteria) {
        this.name = criteria.name();
        this.cpvCodes = SupplierProfile.join(
                criteria.cpvCodes().stream().map(CpvCode::value).toList(), " ");
        this.regions = SupplierProfile.join(
                criteria.regions().stream().map(NutsCode::value).toList(), " ");
        this.keywords = SupplierProfile.join(criteria.keywords(), ",");
        this.mail = criteria.mail();
    }

    UUID id() {
        return id;
    }

    PersonId person() {
        return new PersonId(personId);
    }

    long version() {
        return version == null ? 0 : version;
    }

    SavedSearchView view() {
        return new SavedSearchView(
                id,
                new SearchCriteria(
                        name,
                        SupplierProfile.codes(cpvCodes).stream()
                                .map(CpvCode::of)
                                .toList(),
                        SupplierProfile.codes(regions).stream()
                                .map(NutsCode::of)
                                .toList(),
                        SupplierProfile.words(keywords),
                        mail),
                version(),
                createdAt);
    }
}
