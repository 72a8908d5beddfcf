package no.innomotor.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import no.innomotor.funding.FundingExceptions.ChangedConcurrently;
import no.innomotor.funding.FundingExceptions.EntryRejected;
import no.innomotor.funding.FundingWarning.CapExceeded;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.CostCategory;
import no.innomotor.shared.DomainException;
import no.innomotor.shared.Money;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Recording, changing and removing a project's entries, and the version that keeps two editors from overwriting. */
@InnomotorTest
class FundingEntriesTests {

    private static final LocalDate START = LocalDate.of(2027, 3, 1);

    @Autowired
    FundingManagement funding;

    @Autowired
    FundingQueries queries;

    @Autowired
    FundingFixtures fixtures;

    @Autowired
    ProjectFixtures projects;

    ProjectFixtures.Org org;
    ProjectId project;
    FundingFixtures.Actor research;

    @BeforeEach
    void world() {
        org = projects.municipality("Finansvik kommune");
        project = projects.project(org, "Digitale nattbesøk i Finansvik");
        research = fixtures.actor("Forskningsrådet test");
    }

    private EntryDetails granted(long amount, Integer cap) {
        return FundingFixtures.details(
                "Innovasjonsprosjekt i offentlig sektor",
                research.id(),
                FundingStatus.GRANTED,
                amount,
                amount,
                START,
                START.plusYears(2),
                Set.of(CostCategory.PERSONNEL, CostCategory.DEVELOPMENT),
                cap);
    }

    @Test
    void theBuyerRecordsAnEntryWithTheActorsNameAndEveryoneWhoReadsTheProjectSeesIt() {
        FundingEntryId id =
                funding.record(project, granted(1_000_000, 50), org.buyer().user());

        ProjectFunding seen = queries.project(project, org.leader().user());
        assertThat(seen.keeper()).isFalse();
        assertThat(seen.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo(id);
            assertThat(entry.actorName()).isEqualTo("Forskningsrådet test");
            assertThat(entry.source()).isEqualTo(FundingSource.RECORDED);
            assertThat(entry.amountGranted()).isEqualTo(Money.nok(1_000_000));
            assertThat(entry.costCategories()).containsExactly(CostCategory.PERSONNEL, CostCategory.DEVELOPMENT);
            assertThat(entry.editable()).isFalse();
        });
        assertThat(seen.byStatus()).singleElement().satisfies(total -> {
            assertThat(total.status()).isEqualTo(FundingStatus.GRANTED);
            assertThat(total.granted()).isEqualTo(Money.nok(1_000_000));
        });
        assertThat(queries.project(project, org.buyer().user()).entries().get(0).editable())
                .isTrue();
    }

    @Test
    void aChangeFromAnOlderVersionIsRefusedAndNothingIsOverwritten() {
        FundingEntryId id =
                funding.record(project, granted(1_000_000, null), org.buyer().user());
        funding.change(project, id, granted(1_200_000, null), 0, org.buyer().user());

        assertThatThrownBy(() -> funding.change(
                        project, id, granted(900_000, null), 0, org.buyer().user()))
                .isInstanceOf(ChangedConcurrently.class);
        assertThatThrownBy(() -> funding.remove(project, id, 0, org.buyer().user()))
                .isInstanceOf(ChangedConcurrently.class);
        assertThat(queries.project(project, org.buyer().user()).entries().get(0).amountGranted())
                .isEqualTo(Money.nok(1_200_000));

        funding.remove(project, id, 1, org.buyer().user());
        assertThat(queries.project(project, org.buyer().user()).entries()).isEmpty();
    }

    @Test
    void onlyTheProjectsBuyersKeepItsFundingAndAnotherMunicipalityIsNotTold() {
        ProjectFixtures.Org other = projects.municipality("Annenby kommune");

        assertThatThrownBy(() ->
                        funding.record(project, granted(1, null), org.leader().user()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        funding.record(project, granted(1, null), other.buyer().user()))
                .isInstanceOf(DomainException.NotFound.class);
        assertThatThrownBy(() -> queries.project(project, other.leader().user()))
                .isInstanceOf(DomainException.NotFound.class);
        assertThatThrownBy(() -> queries.project(project, research.person().user()))
                .isInstanceOf(DomainException.NotFound.class);
    }

    @Test
    void brokenRulesNameTheirField() {
        EntryDetails backwards = FundingFixtures.details(
                "Baklengs",
                research.id(),
                FundingStatus.APPLIED,
                10,
                null,
                START,
                START.minusDays(1),
                Set.of(CostCategory.OTHER),
                null);
        EntryDetails noActor = FundingFixtures.named(
                "Uten aktør", " ", FundingStatus.APPLIED, 10, null, START, START, Set.of(CostCategory.OTHER));
        EntryDetails notAnActor = FundingFixtures.details(
                "Kommunen selv",
                org.id(),
                FundingStatus.APPLIED,
                10,
                null,
                START,
                START,
                Set.of(CostCategory.OTHER),
                null);

        assertThatThrownBy(() -> funding.record(project, backwards, org.buyer().user()))
                .isInstanceOfSatisfying(
                        EntryRejected.class, e -> assertThat(e.field()).isEqualTo("periodEnd"));
        assertThatThrownBy(() -> funding.record(project, noActor, org.buyer().user()))
                .isInstanceOfSatisfying(
                        EntryRejected.class, e -> assertThat(e.field()).isEqualTo("actorName"));
        assertThatThrownBy(() -> funding.record(project, notAnActor, org.buyer().user()))
                .isInstanceOfSatisfying(
                        EntryRejected.class, e -> assertThat(e.field()).isEqualTo("actorOrganisation"));
    }

    @Test
    void theCapIsReadAgainstTheTotalTheTeamRecordedElseTheEstimatedValue() {
        // The fixtures' project is estimated at 2 500 000: 50 % is 1 250 000, and 1 300 000 is granted.
        funding.record(project, granted(1_300_000, 50), org.buyer().user());
        ProjectFunding before = queries.project(project, org.buyer().user());
        assertThat(before.totalCost()).isEqualTo(Money.nok(2_500_000));
        assertThat(before.warnings()).singleElement().isInstanceOf(CapExceeded.class);

        funding.setTotalCost(project, Money.nok(3_000_000), 0, org.buyer().user());
        ProjectFunding after = queries.project(project, org.buyer().user());
        assertThat(after.totalCost()).isEqualTo(Money.nok(3_000_000));
        assertThat(after.recordedTotalCost()).isEqualTo(Money.nok(3_000_000));
        assertThat(after.warnings()).isEmpty();

        assertThatThrownBy(
                        () -> funding.setTotalCost(project, null, 0, org.buyer().user()))
                .isInstanceOf(ChangedConcurrently.class);
        funding.setTotalCost(project, null, after.budgetVersion(), org.buyer().user());
        assertThat(queries.project(project, org.buyer().user()).totalCost()).isEqualTo(Money.nok(2_500_000));
    }
}
