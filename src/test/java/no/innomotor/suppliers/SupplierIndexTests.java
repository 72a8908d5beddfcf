package no.innomotor.suppliers;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.List;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.testing.InnomotorTest;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The directory answers from the index's stored listings: each hit is the listing the database holds, and the stored
 * document of a profile holds none of the parts its company keeps to itself.
 */
@InnomotorTest
class SupplierIndexTests {

    @Autowired
    SupplierFixtures fixtures;

    @Autowired
    ProjectFixtures people;

    @Autowired
    SupplierQueries queries;

    @Autowired
    SupplierProfileRepository profiles;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void everyDirectoryHitIsTheListingTheDatabaseHolds() {
        fixtures.listed("Lagret Treff AS", List.of("79416000"), List.of("NO060"), List.of("rekruttering"));
        fixtures.listed("Lagret Annet AS", List.of("79417000"), List.of("NO0A2"), List.of());
        var buyer = people.municipality("Lagret kommune").buyer().user();

        List<SupplierListing> hits = queries.directory(SupplierFilter.none(), 0, SupplierQueries.MAX_PAGE_SIZE, buyer)
                .items();

        assertThat(hits).extracting(SupplierListing::companyName).contains("Lagret Treff AS", "Lagret Annet AS");
        transaction.executeWithoutResult(status -> {
            for (SupplierListing hit : hits) {
                assertThat(hit)
                        .isEqualTo(profiles.findById(hit.organisationId())
                                .orElseThrow()
                                .listing());
            }
        });
    }

    @Test
    void theStoredDocumentOfAProfileHoldsNoHiddenPart() {
        SupplierFixtures.Company company =
                fixtures.listed("Taus Dokument AS", List.of("79418000"), List.of("NO060"), List.of());

        List<String> stored = transaction.execute(status -> Search.session(entityManager)
                .search(SupplierProfile.class)
                .select(f -> f.field("stored", String.class))
                .where(f -> f.id().matching(company.id().value()))
                .fetchAllHits());

        assertThat(stored).singleElement().satisfies(json -> {
            assertThat(json).contains("Taus Dokument AS", "79418000");
            assertThat(json).doesNotContain("Hemmelig", "kari@example.no", "Kari Kontakt");
        });
        assertThat(SupplierProfile.STORED.read(stored.get(0)))
                .hasValueSatisfying(listing -> assertThat(listing.organisationId())
                        .isEqualTo(company.id().value()));
    }
}
