package no.innomotor.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import org.junit.jupiter.api.Test;

/** Whether an opportunity fits a supplier's interest: CPV with descendants, regions by prefix, keywords. */
class OpportunityMatchingTests {

    private static final CpvCatalogue CPV = new CpvCatalogue(null);

    /** An opportunity as the import stores it: its CPV scope holds every ancestor of its codes. */
    static Opportunity opportunity(List<String> cpv, List<String> nuts, String title, String description) {
        List<CpvCode> codes = cpv.stream().map(CpvCode::of).toList();
        Set<CpvCode> scope = new java.util.HashSet<>();
        codes.forEach(code -> CPV.path(code).forEach(c -> scope.add(c.code())));
        return new Opportunity(
                new OpportunityId(UUID.randomUUID()),
                "n",
                "01",
                NoticeKind.COMPETITION,
                "cn-standard",
                "16",
                null,
                List.of(),
                Map.of("NOR", title),
                Map.of("ENG", description),
                codes,
                scope,
                nuts.stream().map(NutsCode::of).toList(),
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
                Instant.EPOCH,
                Instant.EPOCH,
                false);
    }

    /** An interest as a supplier types it: CPV codes with or without check digit, NUTS codes in any case. */
    private static SupplierInterest interest(Set<String> cpv, Set<String> nuts, Set<String> keywords) {
        return new SupplierInterest(
                cpv.stream().map(CpvCode::of).collect(Collectors.toSet()),
                nuts.stream().map(NutsCode::of).collect(Collectors.toSet()),
                keywords);
    }

    private final Opportunity drones = opportunity(
            List.of("35613000"),
            List.of("NO081"),
            "Anskaffelse av droner for inspeksjon av bruer",
            "Unmanned aerial vehicles for bridge inspection");

    @Test
    void aParentCpvCodeMatchesItsDescendantsButNotItsSiblings() {
        assertThat(OpportunityMatching.matches(drones, interest(Set.of("35000000"), Set.of(), Set.of())))
                .isTrue();
        assertThat(OpportunityMatching.matches(drones, interest(Set.of("35613000-4"), Set.of(), Set.of())))
                .isTrue();
        assertThat(OpportunityMatching.matches(drones, interest(Set.of("35612000"), Set.of(), Set.of())))
                .isFalse();
        assertThat(OpportunityMatching.matches(drones, interest(Set.of("35613100"), Set.of(), Set.of())))
                .isFalse();
    }

    @Test
    void anyOfSeveralCodesIsEnough() {
        assertThat(OpportunityMatching.matches(drones, interest(Set.of("72000000", "35600000"), Set.of(), Set.of())))
                .isTrue();
    }

    @Test
    void aRegionMatchesThePlacesInsideIt() {
        assertThat(OpportunityMatching.matches(drones, interest(Set.of(), Set.of("NO08"), Set.of())))
                .isTrue();
        assertThat(OpportunityMatching.matches(drones, interest(Set.of(), Set.of("no081"), Set.of())))
                .isTrue();
        assertThat(OpportunityMatching.matches(drones, interest(Set.of(), Set.of("NO0"), Set.of())))
                .isTrue();
        assertThat(OpportunityMatching.matches(drones, interest(Set.of(), Set.of("NO060"), Set.of())))
                .isFalse();
        assertThat(OpportunityMatching.matches(
                        opportunity(List.of("35613000"), List.of(), "x", "y"),
                        interest(Set.of(), Set.of("NO"), Set.of())))
                .isFalse();
    }

    @Test
    void keywordsMatchWordsInAnyLanguageIgnoringCaseAndAccents() {
        assertThat(OpportunityMatching.matches(drones, interest(Set.of(), Set.of(), Set.of("DRONER"))))
                .isTrue();
        assertThat(OpportunityMatching.matches(drones, interest(Set.of(), Set.of(), Set.of("bridge"))))
                .isTrue();
        assertThat(OpportunityMatching.matches(drones, interest(Set.of(), Set.of(), Set.of("brúer"))))
                .isTrue();
        assertThat(OpportunityMatching.matches(drones, interest(Set.of(), Set.of(), Set.of("inspek"))))
                .isTrue();
        assertThat(OpportunityMatching.matches(drones, interest(Set.of(), Set.of(), Set.of("spek"))))
                .isFalse();
        assertThat(OpportunityMatching.matches(drones, interest(Set.of(), Set.of(), Set.of("sensor", "drone"))))
                .isTrue();
        assertThat(OpportunityMatching.matches(drones, interest(Set.of(), Set.of(), Set.of("sensor"))))
                .isFalse();
    }

    @Test
    void everyGivenPartMustMatchAndAnEmptyInterestMatchesAll() {
        assertThat(OpportunityMatching.matches(drones, interest(Set.of("35000000"), Set.of("NO08"), Set.of("drone"))))
                .isTrue();
        assertThat(OpportunityMatching.matches(drones, interest(Set.of("35000000"), Set.of("NO06"), Set.of("drone"))))
                .isFalse();
        assertThat(OpportunityMatching.matches(drones, interest(Set.of("72000000"), Set.of("NO08"), Set.of("drone"))))
                .isFalse();
        assertThat(OpportunityMatching.matches(drones, interest(Set.of(), Set.of(), Set.of())))
                .isTrue();
        assertThat(new SupplierInterest(Set.of(), Set.of(), Set.of(" ", "")).isEmpty())
                .isTrue();
    }

    @Test
    void oneOpportunityMadeReadyOnceIsHeldAgainstManyInterestsInTurn() {
        Map<String, SupplierInterest> suppliers = new java.util.LinkedHashMap<>();
        suppliers.put("droneparent", interest(Set.of("35000000"), Set.of(), Set.of()));
        suppliers.put("it", interest(Set.of("72000000"), Set.of(), Set.of()));
        suppliers.put("oslo-area", interest(Set.of(), Set.of("NO08"), Set.of("bruer")));
        suppliers.put("trondelag", interest(Set.of(), Set.of("NO060"), Set.of("bruer")));
        suppliers.put("sensors", interest(Set.of(), Set.of(), Set.of("sensor")));
        suppliers.put("inspection", interest(Set.of(), Set.of(), Set.of("sensor", "INSPEKSJON")));
        suppliers.put("everything", interest(Set.of(), Set.of(), Set.of()));

        java.util.function.Predicate<SupplierInterest> fits = drones.interestMatcher();

        assertThat(suppliers.entrySet().stream()
                        .filter(supplier -> fits.test(supplier.getValue()))
                        .map(Map.Entry::getKey))
                .containsExactly("droneparent", "oslo-area", "inspection", "everything");
        assertThat(fits.test(suppliers.get("sensors"))).isFalse();
        assertThat(fits.test(suppliers.get("droneparent"))).isTrue();
    }
}
