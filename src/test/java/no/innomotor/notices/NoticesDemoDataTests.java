package no.innomotor.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.innomotor.shared.CpvCode;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrgNumber;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The embedded default's demo opportunities: Norwegian notices we wrote, in every county, marked as demo. Every check
 * names the demo opportunities it looks at (by text or notice id), since on PostgreSQL the whole suite shares one
 * database and other tests' opportunities are in the list too.
 */
@InnomotorTest
@TestPropertySource(properties = "innomotor.demo.enabled=true")
class NoticesDemoDataTests {

    private static final java.util.regex.Pattern NOTICE_ID =
            java.util.regex.Pattern.compile("schemeName=\"notice-id\">([^<]+)<");

    @Autowired
    MockMvc mvc;

    @Autowired
    NoticesManagement notices;

    @Autowired
    NoticeOpportunityRepository repository;

    @Autowired
    NutsCatalogue nuts;

    @Autowired
    Clock clock;

    private List<Opportunity> demoOpportunities() {
        return NoticesDemoData.opportunities().stream()
                .map(demo -> repository.findByNoticeId(demo.noticeId()))
                .peek(found -> assertThat(found).hasSize(1))
                .map(found -> notices.find(new OpportunityId(found.get(0).id())).orElseThrow())
                .toList();
    }

    @Test
    void theDemoOpportunitiesAreNorwegianMarkedAsDemoAndSpreadOverEveryCounty() {
        List<Opportunity> demo = demoOpportunities();

        assertThat(demo).hasSizeBetween(20, 30).allSatisfy(o -> {
            assertThat(o.demo()).isTrue();
            assertThat(o.titles()).containsOnlyKeys("NOR");
            assertThat(o.descriptions()).containsOnlyKeys("NOR");
            assertThat(o.buyer().orgNumber()).matches(OrgNumber::isValid);
            assertThat(o.nutsCodes()).isNotEmpty().allMatch(code -> code.value().startsWith("NO0"));
        });
        Set<NutsCode> counties =
                demo.stream().flatMap(o -> o.nutsCodes().stream()).collect(Collectors.toSet());
        assertThat(counties)
                .containsExactlyInAnyOrderElementsOf(
                        nuts.counties().stream().map(NutsRegion::code).toList());
        assertThat(demo.stream().map(Opportunity::kind).collect(Collectors.toSet()))
                .contains(NoticeKind.PLANNING, NoticeKind.CONSULTATION, NoticeKind.COMPETITION);
        assertThat(demo).anyMatch(o -> o.lots().size() > 1);
        assertThat(demo.stream().map(o -> o.buyer().name()).collect(Collectors.toSet()))
                .contains("Bærum kommune", "Vestland fylkeskommune", "Statens vegvesen")
                .hasSizeGreaterThan(15);
        for (String area : List.of("72", "906", "45", "331", "853", "90911", "71", "60", "15")) {
            assertThat(demo)
                    .as("CPV area " + area)
                    .anyMatch(o ->
                            o.cpvScope().stream().anyMatch(code -> code.value().startsWith(area)));
        }
    }

    @Test
    void deadlinesCountFromTheDemoDateSomeOpenSomeSoonAndOneClosed() {
        Instant now = clock.instant();
        List<Opportunity> demo = demoOpportunities();

        assertThat(demo.stream().filter(o -> !o.open(now)))
                .extracting(o -> o.titles().get("NOR"))
                .containsExactly("Renhold og vindusvask i barnehagene");
        assertThat(demo.stream().filter(o -> o.open(now) && o.deadline().isBefore(now.plus(Duration.ofDays(7)))))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(demo.stream().filter(o -> o.deadline().isAfter(now.plus(Duration.ofDays(20)))))
                .hasSizeGreaterThan(10);
        assertThat(demo)
                .allSatisfy(o -> assertThat(o.publishedOn())
                        .isBefore(now.atZone(clock.getZone()).toLocalDate().plusDays(1)));
    }

    @Test
    void noneOfTheSdksExampleNoticesIsDemoData() throws Exception {
        for (Resource example : NoticeFixtures.sdkExamples()) {
            String xml = new String(NoticeFixtures.bytes(example), java.nio.charset.StandardCharsets.UTF_8);
            java.util.regex.Matcher id = NOTICE_ID.matcher(xml);
            if (id.find()) {
                repository
                        .findByNoticeId(id.group(1))
                        .forEach(stored -> assertThat(notices.find(new OpportunityId(stored.id()))
                                        .orElseThrow()
                                        .demo())
                                .as(example.getFilename())
                                .isFalse());
            }
        }
        Set<String> demoTitles = new HashSet<>();
        demoOpportunities().forEach(o -> demoTitles.addAll(o.titles().values()));
        assertThat(demoTitles).doesNotContain("Procurement title").noneMatch(t -> t.contains("---"));

        // The SDK's examples are placed outside Norway, so a Norwegian list holds none of them, whatever else is
        // stored.
        mvc.perform(get("/opportunities").param("region", "NO").param("q", "renhold"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Renhold av kommunale formålsbygg")))
                .andExpect(content().string(not(containsString("Buyer Org"))))
                .andExpect(content().string(not(containsString("Procurement title"))))
                .andExpect(content().string(not(containsString("eSendCorp"))));
    }

    @Test
    void filteringOnACountyFindsItsDemoOpportunitiesAndNotAnotherCountys() throws Exception {
        mvc.perform(get("/opportunities").param("region", "NO0A2").param("q", "skoleskyss"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Skoleskyss med drosje og minibuss")))
                .andExpect(content().string(containsString("Vestland fylkeskommune")))
                .andExpect(content().string(containsString("Demodata")));
        mvc.perform(get("/opportunities").param("region", "NO060").param("q", "skoleskyss"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Skoleskyss med drosje og minibuss"))));

        var inTrondelag = notices.search(
                new OpportunityFilter(null, NutsCode.of("NO060"), null, null, false, "Trondheimsskolen"), 0, 100);
        assertThat(inTrondelag.getContent())
                .extracting(o -> o.titles().get("NOR"))
                .contains("Skolemåltid i Trondheimsskolen");
    }

    @Test
    void theDetailPageAndTheApiSayItIsDemoData() throws Exception {
        Opportunity schoolMeals = demoOpportunities().stream()
                .filter(o -> o.titles().get("NOR").equals("Skolemåltid i Trondheimsskolen"))
                .findFirst()
                .orElseThrow();

        mvc.perform(get("/opportunities/" + schoolMeals.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Demodata: Denne muligheten er laget for å vise")))
                .andExpect(content().string(containsString("942 110 464")))
                .andExpect(content().string(containsString("Heimdal")));
        mvc.perform(get("/api/v1/opportunities/" + schoolMeals.id()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.demo").value(true));
    }

    @Test
    void aSensorSupplierInTrondelagFindsDemoOpportunitiesThatMatch() {
        SupplierInterest sensors =
                new SupplierInterest(Set.of(CpvCode.of("32441100")), Set.of(NutsCode.of("NO060")), Set.of());

        assertThat(notices.matching(sensors, 0, 100).getContent())
                .extracting(o -> o.titles().get("NOR"))
                .contains(
                        "Forhåndskunngjøring: sensorer for inneklima i skolebygg",
                        "Markedsdialog: sensorer som varsler glatt føre");
    }
}
