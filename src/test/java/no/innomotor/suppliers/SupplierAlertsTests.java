package no.innomotor.suppliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.innomotor.notices.NoticeKind;
import no.innomotor.notices.Opportunity;
import no.innomotor.notices.OpportunityId;
import no.innomotor.notifications.InboxEntry;
import no.innomotor.notifications.InboxManagement;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new opportunity held against every listed profile and saved search: who is alerted, why, how far it reached, and
 * what the people concerned are told. Each test uses CPV codes no other test offers, so profiles made by other tests
 * in the same database are not alerted.
 */
@InnomotorTest
class SupplierAlertsTests {

    @Autowired
    SupplierAlerts alerts;

    @Autowired
    SupplierFixtures fixtures;

    @Autowired
    SuppliersManagement suppliers;

    @Autowired
    InboxManagement inbox;

    @Test
    void aListedProfileWhoseCompetenceCoversTheOpportunityIsAlertedWithTheReasons() {
        SupplierFixtures.Company fits =
                fixtures.listed("Passer AS", List.of("03100000"), List.of("NO060"), List.of("potet"));
        SupplierFixtures.Company elsewhere =
                fixtures.listed("Langt unna AS", List.of("03100000"), List.of("NO0A2"), List.of());
        SupplierFixtures.Company otherWords =
                fixtures.listed("Andre ord AS", List.of("03100000"), List.of("NO060"), List.of("kålrot"));
        Opportunity opportunity = opportunity(
                "Levering av poteter til skolekjøkken", List.of("03121100"), Set.of("03100000", "03120000"), "NO060");

        assertThat(alerts.alert(opportunity)).isEqualTo(1);

        List<SupplierAlert> got = alerts.of(fits.supplier().user(), 10);
        assertThat(got).singleElement().satisfies(alert -> {
            assertThat(alert.opportunity()).isEqualTo(opportunity.id().value());
            assertThat(alert.matchedName()).isEqualTo("Passer AS");
            assertThat(alert.reasons().cpv()).containsExactly(new AlertReasons.CpvMatch("03100000", "03121100"));
            assertThat(alert.reasons().regions()).containsExactly("NO060");
            assertThat(alert.reasons().regionNames()).containsExactly("Trøndelag");
            assertThat(alert.reasons().keywords()).containsExactly("potet");
        });
        assertThat(alerts.of(elsewhere.supplier().user(), 10)).isEmpty();
        assertThat(alerts.of(otherWords.supplier().user(), 10)).isEmpty();
    }

    @Test
    void anUnlistedProfileIsNeverAlertedButASavedSearchOfItsPersonIs() {
        SupplierFixtures.Company hidden = fixtures.company("Skjult AS");
        suppliers.save(
                hidden.id(),
                SupplierFixtures.facts(List.of("03200000"), List.of("NO060"), List.of(), false, false),
                0,
                hidden.supplier().user());
        UUID search = fixtures.search(hidden.supplier(), "Korn i Trøndelag", List.of("03210000"), List.of("NO060"));
        Opportunity opportunity =
                opportunity("Korn til kraftfôr", List.of("03211000"), Set.of("03200000", "03210000"), "NO060");

        alerts.alert(opportunity);

        assertThat(alerts.of(hidden.supplier().user(), 10)).singleElement().satisfies(alert -> {
            assertThat(alert.search()).isEqualTo(search);
            assertThat(alert.person()).isEqualTo(hidden.supplier().id().value());
            assertThat(alert.matchedName()).isEqualTo("Korn i Trøndelag");
            assertThat(alert.reasons().cpv()).containsExactly(new AlertReasons.CpvMatch("03210000", "03211000"));
        });
    }

    @Test
    void aCompetitorNeverSeesAnotherCompanysAlertsOrTheAlertsOfAnotherPersonsSearch() {
        SupplierFixtures.Company mine =
                fixtures.listed("Min bedrift AS", List.of("03300000"), List.of("NO060"), List.of());
        SupplierFixtures.Company competitor = fixtures.company("Konkurrent AS");
        fixtures.search(mine.supplier(), "Mitt søk", List.of("03300000"), List.of());
        alerts.alert(opportunity("Fisk og sjømat", List.of("03311000"), Set.of("03300000", "03310000"), "NO060"));

        assertThat(alerts.of(mine.supplier().user(), 10)).hasSize(2);
        assertThat(alerts.of(competitor.supplier().user(), 10)).isEmpty();
    }

    @Test
    void alertingTheSameOpportunityAgainAlertsNobodyTwice() {
        SupplierFixtures.Company company =
                fixtures.listed("Gjentatt AS", List.of("03400000"), List.of("NO"), List.of());
        Opportunity opportunity = opportunity("Tømmer fra skogen", List.of("03410000"), Set.of("03400000"), "NO0A2");

        assertThat(alerts.alert(opportunity)).isEqualTo(1);
        assertThat(alerts.alert(opportunity)).isZero();
        assertThat(alerts.of(company.supplier().user(), 10)).hasSize(1);
    }

    @Test
    void theReachCountsOrganisationsOnceAndTellsSmesAndThoseNewToThePublicSector() {
        SupplierFixtures.Company small = fixtures.listed("Liten AS", List.of("03440000"), List.of("NO060"), List.of());
        fixtures.search(small.supplier(), "Også et søk", List.of("03440000"), List.of());
        SupplierFixtures.Company large = fixtures.company("Stor AS");
        ProfileFacts base = SupplierFixtures.facts(List.of("03440000"), List.of("NO060"), List.of(), true, true);
        suppliers.save(
                large.id(),
                new ProfileFacts(
                        500,
                        base.foundedYear(),
                        base.competences(),
                        base.regions(),
                        base.keywords(),
                        base.pitch(),
                        base.references(),
                        base.contacts(),
                        true,
                        base.targetMarkets(),
                        base.threeYearGoal(),
                        base.helpWanted(),
                        base.visibility()),
                0,
                large.supplier().user());
        Opportunity opportunity = opportunity("Juletrær", List.of("03441000"), Set.of("03440000"), "NO060");

        alerts.alert(opportunity);

        assertThat(alerts.reach(opportunity.id())).isEqualTo(new AlertReach(2, 1, 1));
    }

    @Test
    void theSupplierPeopleAreToldInTheirInboxWhyTheOpportunityMatched() {
        SupplierFixtures.Company company =
                fixtures.listed("Varslet AS", List.of("03450000"), List.of("NO060"), List.of());
        Opportunity opportunity =
                opportunity("Planteskoleplanter til parken", List.of("03451000"), Set.of("03450000"), "NO060");

        alerts.alert(opportunity);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !inbox.inbox(company.supplier().user(), 0, Locale.forLanguageTag("nb"))
                        .getContent()
                        .isEmpty());
        InboxEntry entry = inbox.inbox(company.supplier().user(), 0, Locale.forLanguageTag("nb"))
                .getContent()
                .get(0);
        assertThat(entry.title()).isEqualTo("Ny mulighet: Planteskoleplanter til parken");
        assertThat(entry.text()).contains("Varslet AS", "03450000 → 03451000", "Trøndelag");
        assertThat(entry.link()).isEqualTo("/opportunities/" + opportunity.id());
        InboxEntry english = inbox.inbox(company.supplier().user(), 0, Locale.ENGLISH)
                .getContent()
                .get(0);
        assertThat(english.text()).startsWith("“Planteskoleplanter til parken” fits Varslet AS.");
    }

    /** An opportunity as the notices module hands it over; {@code scope} holds the codes' ancestors. */
    static Opportunity opportunity(String title, List<String> cpv, Set<String> ancestors, String nuts) {
        Set<CpvCode> scope = new java.util.HashSet<>();
        cpv.forEach(code -> scope.add(CpvCode.of(code)));
        ancestors.forEach(code -> scope.add(CpvCode.of(code)));
        return new Opportunity(
                new OpportunityId(UUID.randomUUID()),
                "test-" + UUID.randomUUID(),
                "01",
                NoticeKind.COMPETITION,
                "cn-standard",
                "16",
                null,
                List.of(),
                Map.of("NOR", title),
                Map.of("NOR", title),
                cpv.stream().map(CpvCode::of).toList(),
                scope,
                List.of(NutsCode.of(nuts)),
                null,
                null,
                List.of(),
                null,
                null,
                false,
                List.of(),
                null,
                null,
                false,
                Instant.now(),
                Instant.now(),
                false);
    }

    static Set<UUID> organisations(List<SupplierAlert> alerts) {
        return alerts.stream().map(SupplierAlert::organisation).collect(Collectors.toSet());
    }
}
