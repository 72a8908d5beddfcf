package no.innomotor.suppliers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import no.innomotor.suppliers.ProfileFacts;
import no.innomotor.suppliers.SizeClass;
import no.innomotor.suppliers.SupplierFilter;
import no.innomotor.suppliers.SupplierFixtures;
import no.innomotor.suppliers.SupplierListing;
import no.innomotor.suppliers.SupplierQueries;
import no.innomotor.suppliers.SuppliersManagement;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The supplier directory: only listed profiles, found by CPV with descendants, region, size, new to the public sector
 * and text; a profile's hidden parts never reach a buyer, in the list or on the profile's page.
 */
@InnomotorTest
class SupplierDirectoryTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SupplierFixtures fixtures;

    @Autowired
    ProjectFixtures people;

    @Autowired
    SupplierQueries queries;

    @Autowired
    SuppliersManagement suppliers;

    ProjectFixtures.Person buyer;

    @BeforeEach
    void setUp() {
        buyer = people.municipality("Katalog kommune").buyer();
    }

    @Test
    void aBuyerFindsAListedSupplierThroughAWiderCpvCodeARegionAroundItsOwnAndItsName() throws Exception {
        SupplierFixtures.Company listed =
                fixtures.listed("Qwertyfjord Rådgivning AS", List.of("79411000"), List.of("NO060"), List.of());

        assertThat(names(filter("79000000", null, null, false, "Qwertyfjord"))).contains("Qwertyfjord Rådgivning AS");
        assertThat(names(filter("79400000", "NO06", null, false, null))).contains("Qwertyfjord Rådgivning AS");
        assertThat(names(filter("79400000", "NO0A2", null, false, null))).doesNotContain("Qwertyfjord Rådgivning AS");
        assertThat(names(filter("79500000", null, null, false, null))).doesNotContain("Qwertyfjord Rådgivning AS");
        assertThat(names(filter(null, null, SizeClass.MICRO, true, "Qwertyfjord")))
                .contains("Qwertyfjord Rådgivning AS");
        assertThat(names(filter(null, null, SizeClass.LARGE, false, "Qwertyfjord")))
                .isEmpty();

        mvc.perform(get("/suppliers")
                        .param("cpv", "79400000")
                        .param("region", "NO060")
                        .with(user(buyer.details())))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", containsString("HX-Request")))
                .andExpect(content()
                        .string(allOf(
                                containsString("Qwertyfjord Rådgivning AS"),
                                containsString("/suppliers/" + listed.id()),
                                containsString("Mikrobedrift"),
                                containsString("Ny for offentlig sektor"),
                                not(containsString("Hemmelig")),
                                not(containsString("kari@example.no")))));
    }

    @Test
    void aCompanyServingAllOfNorwayServesEveryCounty() {
        fixtures.listed("Landsdekkende Xylofon AS", List.of("79412000"), List.of("NO"), List.of());
        assertThat(names(filter("79412000", "NO0A2", null, false, "Xylofon"))).contains("Landsdekkende Xylofon AS");
    }

    @Test
    void anUnlistedProfileIsNotInTheDirectoryAndItsPageIsNotFoundForBuyers() throws Exception {
        SupplierFixtures.Company hidden = fixtures.company("Usynlig Vxyz AS");
        suppliers.save(
                hidden.id(),
                SupplierFixtures.facts(List.of("79413000"), List.of("NO060"), List.of(), false, false),
                0,
                hidden.supplier().user());

        assertThat(names(filter(null, null, null, false, "Vxyz"))).isEmpty();
        mvc.perform(get("/suppliers").param("q", "Vxyz").with(user(buyer.details())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Usynlig Vxyz AS"))));
        mvc.perform(get("/suppliers/" + hidden.id()).with(user(buyer.details())))
                .andExpect(status().isNotFound());
    }

    @Test
    void aBuyerSeesOnlyThePartsTheSupplierShowsAndTheSupplierDecidesWhich() throws Exception {
        SupplierFixtures.Company company =
                fixtures.listed("Delvis Synlig AS", List.of("79414000"), List.of("NO060"), List.of());
        mvc.perform(get("/suppliers/" + company.id()).with(user(buyer.details())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Delvis Synlig AS"),
                                containsString("Vi lager gode løsninger for kommuner."),
                                not(containsString("Hemmelig")),
                                not(containsString("kari@example.no")))));

        ProfileFacts hidden = SupplierFixtures.facts(List.of("79414000"), List.of("NO060"), List.of(), true, false);
        suppliers.save(
                company.id(),
                new ProfileFacts(
                        hidden.employees(),
                        hidden.foundedYear(),
                        hidden.competences(),
                        hidden.regions(),
                        hidden.keywords(),
                        hidden.pitch(),
                        hidden.references(),
                        hidden.contacts(),
                        hidden.soldToPublicSector(),
                        hidden.targetMarkets(),
                        hidden.threeYearGoal(),
                        hidden.helpWanted(),
                        new ProfileFacts.Visibility(true, true, false, true)),
                suppliers
                        .ownProfile(company.id(), company.supplier().user())
                        .orElseThrow()
                        .version(),
                company.supplier().user());
        mvc.perform(get("/suppliers/" + company.id()).with(user(buyer.details())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("kari@example.no"),
                                containsString("Hemmelig målmarked i Sverige"),
                                not(containsString("Hemmelig referanse")))));
    }

    @Test
    void suppliersAreRefusedTheDirectoryAndAnHtmxFilterGetsTheResultsOnly() throws Exception {
        SupplierFixtures.Company company =
                fixtures.listed("Fragment Wqz AS", List.of("79415000"), List.of("NO060"), List.of());
        mvc.perform(get("/suppliers").with(user(company.supplier().details()))).andExpect(status().isForbidden());
        mvc.perform(get("/suppliers/" + company.id())
                        .with(user(company.supplier().details())))
                .andExpect(status().isForbidden());

        mvc.perform(get("/suppliers")
                        .param("q", "Wqz")
                        .header("HX-Request", "true")
                        .with(user(buyer.details())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Fragment Wqz AS"),
                                containsString("id=\"supplier-count\""),
                                not(containsString("<html")))));
        mvc.perform(get("/suppliers").param("cpv", "12345678").with(user(buyer.details())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Velg en kjent CPV-kode.")));
    }

    private SupplierFilter filter(String cpv, String region, SizeClass size, boolean newToPublic, String text) {
        return new SupplierFilter(
                cpv == null ? null : CpvCode.of(cpv),
                region == null ? null : NutsCode.of(region),
                size,
                newToPublic,
                text);
    }

    private List<String> names(SupplierFilter filter) {
        return queries.directory(filter, 0, 100, buyer.user()).items().stream()
                .map(SupplierListing::companyName)
                .toList();
    }
}
