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
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.suppliers.SizeClass;
import no.innomotor.suppliers.SupplierFixtures;
import no.innomotor.suppliers.SupplierProfileView;
import no.innomotor.suppliers.SuppliersManagement;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The supplier profile form: written by the company's own supplier people only, with errors and conflicts shown. */
@InnomotorTest
class SupplierProfilePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SupplierFixtures fixtures;

    @Autowired
    ProjectFixtures people;

    @Autowired
    SuppliersManagement suppliers;

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        for (String path :
                List.of("/supplier-profile", "/supplier-profile/searches", "/my-opportunities", "/suppliers")) {
            mvc.perform(get(path).accept(MediaType.TEXT_HTML))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/login"));
        }
        mvc.perform(post("/supplier-profile").with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void aSupplierWritesTheCompanysProfileAndFindsItInTheFormAgain() throws Exception {
        SupplierFixtures.Company company = fixtures.company("Skriver AS");
        mvc.perform(get("/supplier-profile").with(user(company.supplier().details())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Leverandørprofil for Skriver AS")));

        mvc.perform(valid(company, "pitch", "Vi lager sensorer for bruer.")
                        .with(user(company.supplier().details())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/supplier-profile?company=" + company.id()));

        SupplierProfileView saved =
                suppliers.ownProfile(company.id(), company.supplier().user()).orElseThrow();
        assertThat(saved.listing().pitch()).isEqualTo("Vi lager sensorer for bruer.");
        assertThat(saved.listing().sizeClass()).isEqualTo(SizeClass.SMALL);
        assertThat(saved.listing().competences()).containsExactly("38400000");
        assertThat(saved.listing().regions()).containsExactly("NO060", "NO071");
        assertThat(saved.contacts())
                .singleElement()
                .satisfies(c -> assertThat(c.email()).isEqualTo("ola@skriver.no"));
        assertThat(saved.visibility().listed()).isTrue();
        assertThat(saved.visibility().growth()).isFalse();
        mvc.perform(get("/supplier-profile").with(user(company.supplier().details())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vi lager sensorer for bruer.")));
    }

    @Test
    void aBrokenFormIsShownAgainWithEachErrorNextToItsField() throws Exception {
        SupplierFixtures.Company company = fixtures.company("Feilfri AS");
        mvc.perform(valid(
                                company,
                                "employees",
                                "mange",
                                "pitch",
                                "",
                                "competences",
                                "99999999",
                                "contacts[0].email",
                                "ikke-en-adresse")
                        .with(user(company.supplier().details())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"employees-error\""),
                                containsString("Antall ansatte må være et helt tall."),
                                containsString("Skriv en kort presentasjon av selskapet."),
                                containsString("Skriv en gyldig e-postadresse."))));
        assertThat(suppliers.ownProfile(company.id(), company.supplier().user()))
                .isEmpty();

        mvc.perform(valid(company, "competences", "99999999")
                        .with(user(company.supplier().details())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Ukjente CPV-koder: 99999999")));
    }

    @Test
    void aStaleVersionIsAConflictThatKeepsWhatWasTyped() throws Exception {
        SupplierFixtures.Company company = fixtures.company("Samtidig AS");
        mvc.perform(valid(company).with(user(company.supplier().details()))).andExpect(status().is3xxRedirection());
        mvc.perform(valid(company, "pitch", "Andre skrev først")
                        .with(user(company.supplier().details())))
                .andExpect(status().is3xxRedirection());

        mvc.perform(valid(company, "pitch", "Min nye presentasjon")
                        .with(user(company.supplier().details())))
                .andExpect(status().isConflict())
                .andExpect(content()
                        .string(allOf(
                                containsString("Noen andre lagret profilen mens du skrev."),
                                containsString("Min nye presentasjon"),
                                containsString("name=\"version\" value=\"1\""))));
        assertThat(suppliers
                        .ownProfile(company.id(), company.supplier().user())
                        .orElseThrow()
                        .listing()
                        .pitch())
                .isEqualTo("Andre skrev først");
    }

    @Test
    void noOneButTheCompanysSupplierPeopleWritesOrReadsItsProfileForm() throws Exception {
        SupplierFixtures.Company owner = fixtures.company("Eier AS");
        SupplierFixtures.Company competitor = fixtures.company("Rival AS");
        mvc.perform(valid(owner).with(user(owner.supplier().details()))).andExpect(status().is3xxRedirection());

        mvc.perform(get("/supplier-profile")
                        .param("company", owner.id().toString())
                        .with(user(competitor.supplier().details())))
                .andExpect(status().isNotFound());
        mvc.perform(valid(owner, "pitch", "Overtatt")
                        .with(user(competitor.supplier().details())))
                .andExpect(status().isNotFound());
        assertThat(suppliers
                        .ownProfile(owner.id(), owner.supplier().user())
                        .orElseThrow()
                        .listing()
                        .pitch())
                .isNotEqualTo("Overtatt");

        ProjectFixtures.Person buyer = people.municipality("Kjøper kommune").buyer();
        mvc.perform(get("/supplier-profile").with(user(buyer.details()))).andExpect(status().isForbidden());
    }

    @Test
    void theFormOffersTheOneCpvPickerForSeveralCodes() throws Exception {
        SupplierFixtures.Company company = fixtures.company("Velger AS");
        mvc.perform(get("/supplier-profile").with(user(company.supplier().details())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("data-cpv-picker data-cpv-multiple"),
                                containsString("hx-get=\"/reference/cpv\""),
                                not(containsString("Hemmelig")))));
    }

    /** A valid form for the company, with some fields replaced (name, value, name, value, …). */
    private static MockHttpServletRequestBuilder valid(SupplierFixtures.Company company, String... replaced) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("company", company.id().toString());
        fields.put("version", "0");
        fields.put("employees", "12");
        fields.put("foundedYear", "2018");
        fields.put("competences", "38400000");
        fields.put("keywords", "sensor, bru");
        fields.put("pitch", "Vi måler det som betyr noe.");
        fields.put("contacts[0].name", "Ola Nordmann");
        fields.put("contacts[0].role", "Daglig leder");
        fields.put("contacts[0].email", "ola@skriver.no");
        fields.put("contacts[0].phone", "+47 900 11 222");
        fields.put("listed", "true");
        fields.put("contactsVisible", "true");
        for (int i = 0; i < replaced.length; i += 2) {
            fields.put(replaced[i], replaced[i + 1]);
        }
        MockHttpServletRequestBuilder request =
                post("/supplier-profile").with(csrf()).param("regions", "NO060", "NO071");
        fields.forEach(request::param);
        return request;
    }
}
