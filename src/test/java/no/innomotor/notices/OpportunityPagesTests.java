package no.innomotor.notices;

import static no.innomotor.notices.NoticeFixtures.contractNotice;
import static no.innomotor.notices.NoticeFixtures.sdkExample;
import static no.innomotor.notices.NoticeFixtures.utf8;
import static no.innomotor.notices.NoticeFixtures.withFreshId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The public opportunity list and pages: no sign-in, filters, paging, languages, htmx. */
@InnomotorTest
class OpportunityPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    NoticesManagement notices;

    private String word;
    private OpportunityId older;
    private OpportunityId newer;
    private OpportunityId norwegian;

    @BeforeEach
    void importNotices() {
        word = NoticeFixtures.uniqueWord();
        older = store(contractNotice(
                "Vedlikehold av servere " + word,
                LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 4, 1),
                "72230000",
                "FRD22"));
        newer = store(NoticeFixtures.innovative(contractNotice(
                "Sensorer for vannmaaling " + word,
                LocalDate.of(2025, 6, 1),
                LocalDate.of(2099, 1, 31),
                "38000000",
                "FRD22")));
        norwegian = store(contractNotice(
                        "Anskaffelsene av droner " + word,
                        LocalDate.of(2025, 1, 15),
                        LocalDate.of(2099, 2, 28),
                        "35613000",
                        "NO081")
                .replace("languageID=\"ENG\"", "languageID=\"NOR\""));
    }

    private OpportunityId store(String xml) {
        ImportOutcome outcome = notices.importNotice("test.xml", utf8(xml), null);
        assertThat(outcome.status()).as(outcome.describe()).isEqualTo(ImportOutcome.Status.IMPORTED);
        return outcome.opportunity();
    }

    private String list(String query) throws Exception {
        return mvc.perform(get("/opportunities?q=" + word + (query.isEmpty() ? "" : "&" + query)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static List<String> found(String html, OpportunityId... candidates) {
        return java.util.Arrays.stream(candidates)
                .map(OpportunityId::toString)
                .filter(id -> html.contains("/opportunities/" + id + "\""))
                .toList();
    }

    @Test
    void anyoneMaySeeTheListNewestFirstWithoutSigningIn() throws Exception {
        String html = list("");

        assertThat(found(html, older, newer, norwegian)).hasSize(3);
        assertThat(html.indexOf(newer.toString())).isLessThan(html.indexOf(norwegian.toString()));
        assertThat(html.indexOf(norwegian.toString())).isLessThan(html.indexOf(older.toString()));
        assertThat(html)
                .contains(
                        "<h1 class=\"ds-heading\" data-size=\"lg\">Muligheter</h1>",
                        "Treff: 3",
                        "Sensorer for vannmaaling " + word,
                        "01.06.2025",
                        "31.01.2099 kl. 09:00");
    }

    @Test
    void theNavigationOffersOpportunitiesToEveryone() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(containsString("<a href=\"/opportunities\"")))
                .andExpect(content().string(containsString(">Muligheter</a>")));
    }

    @Test
    void aParentCpvCodeFindsItsDescendants() throws Exception {
        assertThat(found(list("cpv=72000000"), older, newer, norwegian)).containsExactly(older.toString());
        assertThat(found(list("cpv=72230000-7"), older, newer, norwegian)).containsExactly(older.toString());
        assertThat(found(list("cpv=35000000"), older, newer, norwegian)).containsExactly(norwegian.toString());
        assertThat(found(list("cpv=45000000"), older, newer, norwegian)).isEmpty();
    }

    @Test
    void aRegionFindsThePlacesInsideIt() throws Exception {
        assertThat(found(list("region=NO08"), older, newer, norwegian)).containsExactly(norwegian.toString());
        assertThat(found(list("region=no081"), older, newer, norwegian)).containsExactly(norwegian.toString());
        assertThat(found(list("region=FR"), older, newer, norwegian))
                .containsExactlyInAnyOrder(newer.toString(), older.toString());
    }

    @Test
    void deadlinesSplitOpenFromClosed() throws Exception {
        assertThat(found(list("deadline=OPEN"), older, newer, norwegian))
                .containsExactlyInAnyOrder(newer.toString(), norwegian.toString());
        assertThat(found(list("deadline=CLOSED"), older, newer, norwegian)).containsExactly(older.toString());
        assertThat(list("")).contains("Frist passert", "Frist ikke passert");
    }

    @Test
    void theInnovationFlagAndTheKindNarrowTheList() throws Exception {
        assertThat(found(list("innovative=true"), older, newer, norwegian)).containsExactly(newer.toString());
        assertThat(found(list("kind=COMPETITION"), older, newer, norwegian)).hasSize(3);
        assertThat(found(list("kind=RESULT"), older, newer, norwegian)).isEmpty();
    }

    @Test
    void freeTextUsesNorwegianStemmingAndEveryLanguageOfANotice() throws Exception {
        assertThat(found(list("q=" + word + "+anskaffelse"), norwegian)).containsExactly(norwegian.toString());
        String multilingual = sdkExample("cn_24_multilingual.xml")
                .replace(
                        "Provision of IT Services Related to OP IT Systems (EUR-Lex, N-Lex, Search Layer, and Others)",
                        "Provision of IT Services " + word);
        OpportunityId id = store(withFreshId(multilingual));
        String html = mvc.perform(get("/opportunities").param("q", word + " Bereitstellung"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(found(html, id)).containsExactly(id.toString());
    }

    @Test
    void anHtmxRequestGetsOnlyTheResults() throws Exception {
        mvc.perform(get("/opportunities").param("q", word).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Treff: 3")))
                .andExpect(content().string(containsString("/opportunities/" + newer)));
    }

    @Test
    void theListVariesByHtmxAndAHistoryRestoreGetsTheWholePage() throws Exception {
        mvc.perform(get("/opportunities").param("q", word))
                .andExpect(status().isOk())
                .andExpect(header().stringValues("Vary", hasItem(containsString("HX-Request"))))
                .andExpect(content().string(allOf(containsString("<html"), containsString("role=\"search\""))));
        mvc.perform(get("/opportunities").param("q", word).header("HX-Request", "true"))
                .andExpect(header().stringValues("Vary", hasItem(containsString("HX-Request"))))
                .andExpect(content().string(not(containsString("role=\"search\""))));
        // htmx asks for the whole page when the back button reaches a list it has no copy of
        mvc.perform(get("/opportunities")
                        .param("q", word)
                        .header("HX-Request", "true")
                        .header("HX-History-Restore-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(header().stringValues("Vary", hasItem(containsString("HX-Request"))))
                .andExpect(content()
                        .string(allOf(
                                containsString("<html"),
                                containsString("<h1 class=\"ds-heading\" data-size=\"lg\">Muligheter</h1>"),
                                containsString("role=\"search\""),
                                containsString("id=\"opportunity-results\""),
                                containsString("Treff: 3"))));
    }

    @Test
    void anHtmxRequestWithABadFilterGetsTheErrorSummaryToSwapIn() throws Exception {
        mvc.perform(get("/opportunities").param("cpv", "12345678").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("href=\"#cpv\"")))
                .andExpect(content().string(containsString("CPV-koden finnes ikke i CPV 2008.")));
    }

    @Test
    void aBadFilterIsShownNextToItsFieldWithStatus422() throws Exception {
        mvc.perform(get("/opportunities").param("cpv", "12345678"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("CPV-koden finnes ikke i CPV 2008.")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(get("/opportunities").param("cpv", "software").param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The CPV code must be digits")));
        mvc.perform(get("/opportunities").param("kind", "SOMETHING"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Velg en type kunngjøring fra listen.")))
                .andExpect(content().string(not(containsString("Failed to convert"))));
    }

    @Test
    void theListPagesThroughManyResults() throws Exception {
        String many = NoticeFixtures.uniqueWord();
        for (int i = 0; i < NoticesManagement.DEFAULT_PAGE_SIZE + 2; i++) {
            store(contractNotice(
                    "Kontorrekvisita " + many,
                    LocalDate.of(2024, 1, 1).plusDays(i),
                    LocalDate.of(2024, 2, 1),
                    "30190000",
                    "NO081"));
        }
        mvc.perform(get("/opportunities").param("q", many))
                .andExpect(content().string(containsString("Treff: 22")))
                .andExpect(content().string(containsString("Side 1 av 2")))
                .andExpect(content()
                        .string(containsString("rel=\"next\" href=\"/opportunities?q=" + many + "&amp;page=1\"")));
        String second = mvc.perform(get("/opportunities").param("q", many).param("page", "1"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(second).contains("Side 2 av 2", "rel=\"prev\"");
        assertThat(second.split("class=\"ds-card im-opportunity\"")).hasSize(3);
    }

    @Test
    void anOpportunityHasItsOwnPublicPage() throws Exception {
        mvc.perform(get("/opportunities/" + older))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("<h1 class=\"ds-heading\" data-size=\"lg\" lang=\"en\">"
                                + "Vedlikehold av servere " + word + "</h1>")))
                .andExpect(content().string(containsString("Publications Office of the European Union")))
                .andExpect(content().string(containsString("72230000</a> ")))
                .andExpect(content().string(containsString("01.04.2024 kl. 10:00")))
                .andExpect(content().string(containsString("Åpen anbudskonkurranse")))
                .andExpect(content().string(containsString(">Delkontrakter (1)</caption>")))
                .andExpect(content().string(containsString("<th scope=\"row\">LOT-0000</th>")));
    }

    @Test
    void anEstimatedValueInKronerIsShownWithKrAndInAnotherCurrencyWithItsCode() throws Exception {
        String maximal = withFreshId(sdkExample("cn_24_maximal.xml"));
        OpportunityId euro = store(maximal);
        OpportunityId kroner = store(withFreshId(maximal).replace("currencyID=\"EUR\"", "currencyID=\"NOK\""));

        mvc.perform(get("/opportunities/" + euro))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<dd>10\u00a0000\u00a0000 EUR</dd>")))
                .andExpect(content().string(containsString("<td>10\u00a0000\u00a0000 EUR</td>")));
        mvc.perform(get("/opportunities/" + kroner))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<dd>10\u00a0000\u00a0000\u00a0kr</dd>")))
                .andExpect(content().string(containsString("<td>10\u00a0000\u00a0000\u00a0kr</td>")));
    }

    @Test
    void aTextInTheReadersLanguageNeedsNoLangAttribute() throws Exception {
        mvc.perform(get("/opportunities/" + older).param("lang", "en"))
                .andExpect(content().string(containsString("<h1 class=\"ds-heading\" data-size=\"lg\">Vedlikehold")))
                .andExpect(content().string(containsString("Open procedure")));
        mvc.perform(get("/opportunities/" + norwegian))
                .andExpect(content().string(containsString("lang=\"no\">Anskaffelsene av droner")));
        mvc.perform(get("/opportunities/" + newer))
                .andExpect(content().string(containsString("Strategisk anskaffelse: innovativt innkjøp.")));
    }

    @Test
    void anUnknownOrMalformedIdIsNotFound() throws Exception {
        mvc.perform(get("/opportunities/" + java.util.UUID.randomUUID()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Kunngjøringen finnes ikke.")));
        mvc.perform(get("/opportunities/not-an-id")).andExpect(status().isNotFound());
    }

    @Test
    void theFeedIsAtomWithTheSameFilters() throws Exception {
        String xml = mvc.perform(
                        get("/opportunities/feed.atom").param("q", word).param("deadline", "OPEN"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("application/atom+xml")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        AtomFeed feed = AtomFeed.parse(xml);
        assertThat(feed.id()).startsWith("http://localhost/opportunities/feed.atom?q=" + word);
        assertThat(feed.title()).isNotBlank();
        assertThat(feed.selfLink()).isEqualTo(feed.id());
        assertThat(feed.updated()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
        assertThat(feed.entryIds()).containsExactly("urn:uuid:" + newer, "urn:uuid:" + norwegian);
        assertThat(feed.entryLinks())
                .containsExactly(
                        "http://localhost/opportunities/" + newer, "http://localhost/opportunities/" + norwegian);
        assertThat(Set.copyOf(feed.entryTitles())).contains("Sensorer for vannmaaling " + word);
        assertThat(feed.everyEntryHasIdTitleUpdatedAndAuthor()).isTrue();
    }

    @Test
    void aBadFeedFilterIsRefused() throws Exception {
        mvc.perform(get("/opportunities/feed.atom").param("cpv", "99999999"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void theCpvFilterIsTheSharedPickerAndShowsThePathOfTheChosenCode() throws Exception {
        mvc.perform(get("/opportunities").param("cpv", "72212000").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-cpv-picker")))
                .andExpect(content().string(containsString("hx-get=\"/reference/cpv\"")))
                .andExpect(content().string(containsString("role=\"listbox\"")))
                .andExpect(content().string(matchesPattern("(?s).*src=\"/js/cpv-picker-[0-9a-f]{32}\\.js\".*")))
                .andExpect(content().string(containsString("Division</span> 72000000")))
                .andExpect(content().string(containsString("Class</span> 72210000")));
    }
}
