package no.innomotor.suppliers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.shared.work.WorkItem;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the suppliers module puts on a supplier person's front page, and on nobody else's. */
@InnomotorTest
class SuppliersPendingWorkTests {

    @Autowired
    SuppliersPendingWork work;

    @Autowired
    SupplierFixtures fixtures;

    @Autowired
    SuppliersManagement suppliers;

    @Autowired
    SupplierAlerts alerts;

    @Autowired
    ProjectFixtures people;

    @Test
    void aCompanyWithoutAProfileIsAskedForOneAndAnIncompleteProfileToBeCompleted() {
        SupplierFixtures.Company company = fixtures.company("Venter AS");
        assertThat(work.waitingFor(company.supplier().user()))
                .extracting(WorkItem::kindKey, WorkItem::title, WorkItem::link)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "suppliers.work.profileMissing", "Venter AS", "/supplier-profile?company=" + company.id()));

        ProfileFacts full = SupplierFixtures.facts(List.of("03120000"), List.of("NO073"), List.of(), true, false);
        suppliers.save(
                company.id(),
                new ProfileFacts(
                        full.employees(),
                        full.foundedYear(),
                        full.competences(),
                        full.regions(),
                        full.keywords(),
                        full.pitch(),
                        full.references(),
                        List.of(),
                        full.soldToPublicSector(),
                        full.targetMarkets(),
                        full.threeYearGoal(),
                        full.helpWanted(),
                        full.visibility()),
                0,
                company.supplier().user());
        assertThat(work.waitingFor(company.supplier().user()))
                .extracting(WorkItem::kindKey)
                .containsExactly("suppliers.work.profileIncomplete");
    }

    @Test
    void newAlertsWaitForTheSupplierAndNotForACompetitorOrABuyer() {
        SupplierFixtures.Company company =
                fixtures.listed("Varselventer AS", List.of("03130000"), List.of("NO073"), List.of());
        SupplierFixtures.Company competitor =
                fixtures.listed("Uten varsler AS", List.of("03140000"), List.of("NO073"), List.of());
        alerts.alert(SupplierAlertsTests.opportunity(
                "Krydder til storkjøkken", List.of("03131000"), java.util.Set.of("03130000"), "NO073"));

        assertThat(work.waitingFor(company.supplier().user())).singleElement().satisfies(item -> {
            assertThat(item.kindKey()).isEqualTo("suppliers.work.newAlerts");
            assertThat(item.kindArguments()).containsExactly(1L);
            assertThat(item.title()).isEqualTo("Krydder til storkjøkken");
            assertThat(item.link()).isEqualTo("/my-opportunities");
        });
        assertThat(work.waitingFor(competitor.supplier().user())).isEmpty();
        assertThat(work.waitingFor(
                        people.municipality("Ingen varsler kommune").buyer().user()))
                .isEmpty();
    }
}
