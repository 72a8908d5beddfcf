package no.innomotor.suppliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The demo suppliers: listed profiles buyers find, and the demo supplier's saved search and alerts. */
@InnomotorTest
@TestPropertySource(properties = "innomotor.demo.enabled=true")
class SuppliersDemoDataTests {

    @Autowired
    UserDetailsService users;

    @Autowired
    SupplierQueries queries;

    @Autowired
    SavedSearches searches;

    @Autowired
    SupplierAlerts alerts;

    @Autowired
    MockMvc mvc;

    private CurrentUser person(String email) {
        return (CurrentUser) users.loadUserByUsername(email);
    }

    @Test
    void aBuyerFindsTheThreeDemoSuppliersByTheirCompetencesAndRegions() {
        CurrentUser kari = person("kari.innkjoper@baerum.kommune.no");
        assertThat(names(new SupplierFilter(CpvCode.of("38000000"), NutsCode.of("NO060"), null, false, null), kari))
                .contains("Sensorlab AS");
        assertThat(names(new SupplierFilter(CpvCode.of("72000000"), NutsCode.of("NO072"), null, true, null), kari))
                .contains("Nordlys Data AS");
        assertThat(names(new SupplierFilter(CpvCode.of("33100000"), NutsCode.of("NO0A2"), null, false, null), kari))
                .contains("Helsetek AS")
                .doesNotContain("Sensorlab AS");
    }

    @Test
    void theDemoSupplierHasHerProfileASavedSearchAndAlertsWithTheirReasons() throws Exception {
        UserDetails sara = users.loadUserByUsername("sara@sensorlab.no");
        assertThat(searches.mine((CurrentUser) sara))
                .extracting(search -> search.criteria().name())
                .containsExactly("Telemetri og overvåking i Nord-Norge");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> alerts.of((CurrentUser) sara, 50).stream()
                        .map(SupplierAlert::opportunityTitle)
                        .toList()
                        .containsAll(List.of(
                                "Markedsdialog: sensorer som varsler glatt føre",
                                "Markedsdialog: digitalt tilsyn i hjemmetjenesten")));
        mvc.perform(get("/my-opportunities").with(user(sara)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Markedsdialog: sensorer som varsler glatt føre"),
                                containsString("Passer profilen til Sensorlab AS"),
                                containsString("Passer søket «Telemetri og overvåking i Nord-Norge»"),
                                containsString("dekker"))));
        mvc.perform(get("/supplier-profile").with(user(sara)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Leverandørprofil for Sensorlab AS")));
    }

    private List<String> names(SupplierFilter filter, CurrentUser user) {
        return queries.directory(filter, 0, SupplierQueries.MAX_PAGE_SIZE, user).items().stream()
                .map(SupplierListing::companyName)
                .toList();
    }
}
