package no.innomotor.suppliers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import no.innomotor.suppliers.SavedSearchView;
import no.innomotor.suppliers.SavedSearches;
import no.innomotor.suppliers.SupplierFixtures;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Saved searches are their owner's: created, changed and deleted by them, and not found for anyone else. */
@InnomotorTest
class SavedSearchPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SupplierFixtures fixtures;

    @Autowired
    SavedSearches searches;

    @Test
    void aSupplierCreatesChangesAndDeletesASavedSearch() throws Exception {
        SupplierFixtures.Company company = fixtures.company("Søker AS");
        mvc.perform(post("/supplier-profile/searches")
                        .with(csrf())
                        .with(user(company.supplier().details()))
                        .param("name", "IT i nord")
                        .param("cpvCodes", "72000000, 48000000-8")
                        .param("regions", "NO072", "NO073")
                        .param("keywords", "skytjenester")
                        .param("mail", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/supplier-profile/searches"));
        SavedSearchView saved = searches.mine(company.supplier().user()).get(0);
        assertThat(saved.criteria().cpvCodes()).containsExactly(CpvCode.of("72000000"), CpvCode.of("48000000"));
        assertThat(saved.criteria().regions()).containsExactly(NutsCode.of("NO072"), NutsCode.of("NO073"));
        assertThat(saved.criteria().mail()).isTrue();

        mvc.perform(get("/supplier-profile/searches")
                        .with(user(company.supplier().details())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("IT i nord"), containsString("Troms"))));

        mvc.perform(post("/supplier-profile/searches/" + saved.id())
                        .with(csrf())
                        .with(user(company.supplier().details()))
                        .param("name", "IT i Finnmark")
                        .param("regions", "NO073")
                        .param("version", String.valueOf(saved.version())))
                .andExpect(status().is3xxRedirection());
        SavedSearchView changed = searches.get(saved.id(), company.supplier().user());
        assertThat(changed.criteria().name()).isEqualTo("IT i Finnmark");
        assertThat(changed.criteria().cpvCodes()).isEmpty();
        assertThat(changed.criteria().mail()).isFalse();

        mvc.perform(post("/supplier-profile/searches/" + saved.id())
                        .with(csrf())
                        .with(user(company.supplier().details()))
                        .param("name", "Gammel versjon")
                        .param("regions", "NO073")
                        .param("version", String.valueOf(saved.version())))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Gammel versjon")));

        mvc.perform(post("/supplier-profile/searches/" + saved.id() + "/delete")
                        .with(csrf())
                        .with(user(company.supplier().details())))
                .andExpect(status().is3xxRedirection());
        assertThat(searches.mine(company.supplier().user())).isEmpty();
    }

    @Test
    void aSearchForNothingIsRefusedWithTheReasonNextToTheField() throws Exception {
        SupplierFixtures.Company company = fixtures.company("Tomt søk AS");
        mvc.perform(post("/supplier-profile/searches")
                        .with(csrf())
                        .with(user(company.supplier().details()))
                        .param("name", "Alt"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"cpvCodes-error\""),
                                containsString("Velg minst én CPV-kode, region eller ett nøkkelord."))));
        assertThat(searches.mine(company.supplier().user())).isEmpty();
    }

    @Test
    void aCompetitorNeitherSeesNorChangesNorDeletesAnotherPersonsSearch() throws Exception {
        SupplierFixtures.Company owner = fixtures.company("Hemmelighold AS");
        SupplierFixtures.Company competitor = fixtures.company("Nysgjerrig AS");
        UUID search = fixtures.search(owner.supplier(), "Vårt strategiske søk", List.of("72000000"), List.of());

        mvc.perform(get("/supplier-profile/searches")
                        .with(user(competitor.supplier().details())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Vårt strategiske søk"))));
        mvc.perform(get("/supplier-profile/searches/" + search)
                        .with(user(competitor.supplier().details())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/supplier-profile/searches/" + search)
                        .with(csrf())
                        .with(user(competitor.supplier().details()))
                        .param("name", "Kapret")
                        .param("regions", "NO081"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/supplier-profile/searches/" + search + "/delete")
                        .with(csrf())
                        .with(user(competitor.supplier().details())))
                .andExpect(status().isNotFound());
        assertThat(searches.get(search, owner.supplier().user()).criteria().name())
                .isEqualTo("Vårt strategiske søk");
    }
}
