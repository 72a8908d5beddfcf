package no.innomotor.suppliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import no.innomotor.notices.OpportunityId;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Seeded random suppliers, each with saved searches and alerts: no supplier person ever sees another company's
 * saved searches or alerts, in the service or on the pages. The seed is fixed, so a failure can be repeated.
 */
@InnomotorTest
class SupplierPrivacyTests {

    static final long SEED = 20261204L;
    static final List<String> CODES = List.of("03111000", "03120000", "03130000", "03140000");

    @Autowired
    SupplierFixtures fixtures;

    @Autowired
    SavedSearches searches;

    @Autowired
    SupplierAlerts alerts;

    @Autowired
    MockMvc mvc;

    record Seeded(SupplierFixtures.Company company, List<UUID> searches) {}

    @Test
    void noSupplierSeesAnotherCompanysSavedSearchesOrAlerts() throws Exception {
        Random random = new Random(SEED);
        List<Seeded> suppliers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String code = CODES.get(random.nextInt(CODES.size()));
            SupplierFixtures.Company company = random.nextBoolean()
                    ? fixtures.listed("Tilfeldig " + i + " AS", List.of(code), List.of("NO072"), List.of())
                    : fixtures.company("Tilfeldig " + i + " AS");
            List<UUID> own = new ArrayList<>();
            for (int s = random.nextInt(3); s > 0; s--) {
                own.add(fixtures.search(
                        company.supplier(),
                        "Søk " + i + "-" + s,
                        List.of(CODES.get(random.nextInt(CODES.size()))),
                        List.of("NO072")));
            }
            suppliers.add(new Seeded(company, own));
        }
        for (String code : CODES) {
            alerts.alert(
                    SupplierAlertsTests.opportunity("Matvarer " + code, List.of(code), Set.of("03100000"), "NO072"));
        }

        for (Seeded reader : suppliers) {
            var user = reader.company().supplier().user();
            assertThat(searches.mine(user))
                    .extracting(SavedSearchView::id)
                    .containsExactlyInAnyOrderElementsOf(reader.searches());
            Set<UUID> ownSearches = new HashSet<>(reader.searches());
            assertThat(alerts.of(user, 200)).allSatisfy(alert -> {
                assertThat(alert.organisation()).isEqualTo(reader.company().id().value());
                if (alert.search() != null) {
                    assertThat(ownSearches).contains(alert.search());
                }
            });
            for (Seeded other : suppliers) {
                if (other == reader) {
                    continue;
                }
                for (UUID search : other.searches()) {
                    mvc.perform(get("/supplier-profile/searches/" + search)
                                    .with(user(reader.company().supplier().details())))
                            .andExpect(status().isNotFound());
                }
            }
        }
        assertThat(alerts.reach(new OpportunityId(UUID.randomUUID()))).isEqualTo(new AlertReach(0, 0, 0));
    }
}
