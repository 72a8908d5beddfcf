package no.innomotor.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Wherever a county is chosen, the choices are Norway's 15 counties by their Norwegian names, in alphabetical order. */
@InnomotorTest
class CountyListsTests {

    static final List<String> COUNTIES_IN_ORDER = List.of(
            "Agder",
            "Akershus",
            "Buskerud",
            "Finnmark",
            "Innlandet",
            "Møre og Romsdal",
            "Nordland",
            "Oslo",
            "Rogaland",
            "Telemark",
            "Troms",
            "Trøndelag",
            "Vestfold",
            "Vestland",
            "Østfold");

    @Autowired
    NutsCatalogue nuts;

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationsManagement organisations;

    @Autowired
    UserDetailsService users;

    @Test
    void theCountiesAreFifteenWithNorwegianNamesInNorwegianAlphabeticalOrder() {
        assertThat(nuts.counties()).extracting(NutsRegion::name).containsExactlyElementsOf(COUNTIES_IN_ORDER);
        assertThat(nuts.counties())
                .extracting(region -> region.code().value())
                .doesNotContain("NO0B1", "NO0B2", "NOZZZ")
                .allMatch(code -> code.matches("NO0[2-9A]\\w"));
        assertThat(nuts.find(NutsCode.of("NO060"))).contains(new NutsRegion(NutsCode.of("NO060"), "Trøndelag"));
        assertThat(nuts.find(NutsCode.of("NO072"))).contains(new NutsRegion(NutsCode.of("NO072"), "Troms"));
    }

    @Test
    void svalbardJanMayenAndExtraRegioAreKnownRegionsButNoCounties() {
        assertThat(nuts.norwegianRegions()).hasSize(18);
        assertThat(nuts.norwegianRegions().subList(0, 15)).isEqualTo(nuts.counties());
        assertThat(nuts.norwegianRegions().subList(15, 18))
                .extracting(region -> region.code().value())
                .containsExactly("NO0B1", "NO0B2", "NOZZZ");
        assertThat(nuts.isKnown(NutsCode.of("NO0B2"))).isTrue();
        assertThat(nuts.isKnown("NO0B2")).isTrue();
        assertThat(nuts.isKnown("no0b2"))
                .as("a stored code is compared as written")
                .isFalse();
        assertThat(nuts.find("NO0B2").orElseThrow().name()).isEqualTo("Svalbard");
    }

    @Test
    void theOpportunityFilterOffersTheCounties() throws Exception {
        assertThat(choices(get("/opportunities"), "region")).containsExactlyElementsOf(COUNTIES_IN_ORDER);
    }

    @Test
    void registeringAnOrganisationOffersTheCounties() throws Exception {
        assertThat(choices(get("/register"), "nutsCode")).containsExactlyElementsOf(COUNTIES_IN_ORDER);
    }

    @Test
    void theProjectFormOffersTheCounties() throws Exception {
        UserDetails buyer = WebUsers.person(organisations, users, OrganisationType.MUNICIPALITY, Role.BUYER);

        assertThat(choices(get("/projects/new").with(user(buyer)), "nutsCode"))
                .containsExactlyElementsOf(COUNTIES_IN_ORDER);
    }

    /** The labels of a select's choices, without the empty one and without the code some forms add in brackets. */
    private List<String> choices(MockHttpServletRequestBuilder request, String name) throws Exception {
        String html = mvc.perform(request).andReturn().getResponse().getContentAsString();
        Matcher select = Pattern.compile("<select[^>]*name=\"" + name + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(html);
        assertThat(select.find()).as("a select named " + name).isTrue();
        Matcher option = Pattern.compile("<option value=\"(NO[^\"]*)\"[^>]*>([^<]*)</option>")
                .matcher(select.group(1));
        List<String> labels = new ArrayList<>();
        while (option.find()) {
            labels.add(option.group(2).replace(" (" + option.group(1) + ")", ""));
        }
        return labels;
    }
}
