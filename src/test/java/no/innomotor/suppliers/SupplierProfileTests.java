package no.innomotor.suppliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import no.innomotor.suppliers.SupplierEvents.ProfileCreated;
import no.innomotor.suppliers.SupplierEvents.ProfileUpdated;
import org.junit.jupiter.api.Test;

/** The profile aggregate on its own: the EU size classes, the events it registers, what its listing may hold. */
class SupplierProfileTests {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void sizeClassesFollowTheEuDefinitionOfSmallAndMediumSizedEnterprises() {
        assertThat(SizeClass.of(0)).isEqualTo(SizeClass.MICRO);
        assertThat(SizeClass.of(9)).isEqualTo(SizeClass.MICRO);
        assertThat(SizeClass.of(10)).isEqualTo(SizeClass.SMALL);
        assertThat(SizeClass.of(49)).isEqualTo(SizeClass.SMALL);
        assertThat(SizeClass.of(50)).isEqualTo(SizeClass.MEDIUM);
        assertThat(SizeClass.of(249)).isEqualTo(SizeClass.MEDIUM);
        assertThat(SizeClass.of(250)).isEqualTo(SizeClass.LARGE);
        assertThat(SizeClass.MEDIUM.sme()).isTrue();
        assertThat(SizeClass.LARGE.sme()).isFalse();
        assertThatThrownBy(() -> SizeClass.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewProfileRegistersItsCreationAndAChangeItsUpdate() {
        OrganisationId company = OrganisationId.random();
        PersonId sara = PersonId.random();
        SupplierProfile profile = profile(company, sara, 300);
        assertThat(profile.pendingEvents())
                .singleElement()
                .isEqualTo(new ProfileCreated(sara, company, "Testfirma AS", SizeClass.LARGE, true));

        profile.change("Testfirma AS", facts(12), Set.of(), 0, sara, NOW.plusSeconds(60));
        assertThat(profile.pendingEvents()).hasSize(2).last().isInstanceOfSatisfying(ProfileUpdated.class, event -> {
            assertThat(event.sizeClass()).isEqualTo(SizeClass.SMALL);
            assertThat(event.competences()).containsExactly("72000000");
            assertThat(event.contactsVisible()).isFalse();
        });
    }

    @Test
    void aChangeFromAnOlderVersionIsRefusedAndChangesNothing() {
        SupplierProfile profile = profile(OrganisationId.random(), PersonId.random(), 8);
        assertThatThrownBy(() -> profile.change("Testfirma AS", facts(400), Set.of(), 3, PersonId.random(), NOW))
                .isInstanceOf(ProfileChangedConcurrently.class);
        assertThat(profile.listing().sizeClass()).isEqualTo(SizeClass.MICRO);
    }

    @Test
    void buyersSeeNoHiddenPartAndTheIndexedListingHoldsNone() {
        SupplierProfile profile = profile(OrganisationId.random(), PersonId.random(), 8);
        SupplierProfileView seen = profile.view(false);
        assertThat(seen.contacts()).isEmpty();
        assertThat(seen.references()).isEmpty();
        assertThat(seen.growth().isEmpty()).isTrue();
        assertThat(SupplierProfile.STORED.write(profile.listing())).doesNotContain("Hemmelig", "kari@example.no");

        SupplierProfileView own = profile.view(true);
        assertThat(own.contacts()).extracting(ContactPerson::email).containsExactly("kari@example.no");
        assertThat(own.references()).contains("Hemmelig");
    }

    @Test
    void theIndexFindsACompetenceThroughItsAncestorsAndARegionThroughWiderOnes() {
        SupplierProfile profile = new SupplierProfile(
                OrganisationId.random(),
                "Testfirma AS",
                SupplierFixtures.facts(List.of("72212000"), List.of("NO060"), List.of(), true, false),
                Set.of(CpvCode.of("72212000"), CpvCode.of("72210000"), CpvCode.of("72200000"), CpvCode.of("72000000")),
                PersonId.random(),
                NOW);
        assertThat(profile.getCpvScope()).contains("72000000", "72212000");
        assertThat(profile.getRegionPrefixes()).containsExactly("NO", "NO0", "NO06", "NO060");
    }

    private static SupplierProfile profile(OrganisationId company, PersonId by, int employees) {
        return new SupplierProfile(company, "Testfirma AS", facts(employees), Set.of(), by, NOW);
    }

    private static ProfileFacts facts(int employees) {
        ProfileFacts base = SupplierFixtures.facts(List.of("72000000"), List.of("NO060"), List.of(), true, false);
        return new ProfileFacts(
                employees,
                base.foundedYear(),
                base.competences(),
                base.regions(),
                base.keywords(),
                base.pitch(),
                base.references(),
                base.contacts(),
                base.soldToPublicSector(),
                base.targetMarkets(),
                base.threeYearGoal(),
                base.helpWanted(),
                base.visibility());
    }
}
