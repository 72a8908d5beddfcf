package no.innomotor.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.innomotor.platform.DemoAccounts;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo catalogue: about ten published instruments of the actors a Norwegian buyer meets, amounts marked as
 * examples; Ingrid at Innovasjon Norge finds a draft to publish and a call closing soon on her first sign-in, the
 * adviser an instrument whose calls have all closed, and the demo buyer's sensor project its best matches.
 */
@InnomotorTest
@TestPropertySource(properties = "innomotor.demo.enabled=true")
class InstrumentsDemoDataTests {

    @Autowired
    UserDetailsService users;

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentQueries queries;

    private String page(String path, UserDetails person) throws Exception {
        return mvc.perform(get(path).with(user(person)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theCatalogueHoldsTheKindsOfInstrumentABuyerMeetsWithExampleAmounts() {
        var published = queries.published();
        assertThat(published)
                .extracting(PublishedInstrument::name)
                .contains(
                        "Innovasjonskontrakt",
                        "Innovasjonsprosjekt i offentlig sektor",
                        "Forprosjekt for førkommersiell anskaffelse",
                        "Hovedprosjekt for førkommersiell anskaffelse",
                        "Prosessveiledning for innovative anskaffelser",
                        "Kvalifiseringsprosjekt for bedrifter i Vestland",
                        "Pilotering av ny energi- og klimateknologi",
                        "EU-utlysninger for PCP og PPI")
                .doesNotContain(InstrumentsDemoData.DRAFT_NAME);
        assertThat(published.stream().filter(p -> p.content().exampleAmounts()).count())
                .isGreaterThanOrEqualTo(10);
        assertThat(published)
                .extracting(PublishedInstrument::ownerName)
                .contains("Innovasjon Norge", "Norges forskningsråd", "Enova SF", "Regionale forskingsfond Vestland");
    }

    @Test
    void theInstrumentActorFindsADraftToPublishAndACallClosing() throws Exception {
        UserDetails ingrid = users.loadUserByUsername(DemoAccounts.INSTRUMENT.email());
        assertThat(page("/", ingrid))
                .contains(InstrumentsDemoData.DRAFT_NAME, "Et utkast til virkemiddel venter på å bli publisert")
                .contains("En utlysning stenger snart");
    }

    @Test
    void theAdviserFindsAnInstrumentWhoseCallsHaveAllClosed() throws Exception {
        UserDetails per = users.loadUserByUsername(DemoAccounts.ADVISER.email());
        assertThat(page("/", per))
                .contains(InstrumentsDemoData.CLOSED_NAME)
                .contains("Alle utlysningene er stengt; virkemiddelet trenger en ny utlysning");
    }

    @Test
    void theBuyersSensorProjectSeesTheInnovationProjectGrantFitAndTheContractGrantAsANearMiss() throws Exception {
        UserDetails kari = users.loadUserByUsername(DemoAccounts.BUYER.email());
        String list = page("/projects", kari);
        int title = list.indexOf("Trygghetssensorer for eldre som bor hjemme");
        String href = list.substring(
                list.lastIndexOf("href=\"/projects/", title) + 6,
                list.indexOf("\"", list.lastIndexOf("href=\"/projects/", title) + 6));
        String matches = page(href + "/instruments", kari);
        int fitting = matches.indexOf("id=\"fitting\"");
        int near = matches.indexOf("id=\"near-misses\"");
        assertThat(matches.indexOf("Innovasjonsprosjekt i offentlig sektor")).isBetween(fitting, near);
        assertThat(matches.indexOf("Prosessveiledning for innovative anskaffelser"))
                .isBetween(fitting, near);
        assertThat(matches).contains("Mandatet er signert av toppledelsen.");
    }

    @Test
    void theBuyersSensorProjectFindsTheInstrumentAppliedForInInnomotorWithItsLink() throws Exception {
        assertThat(queries.published())
                .filteredOn(p -> p.name().equals(InstrumentsDemoData.IN_INNOMOTOR_NAME))
                .singleElement()
                .satisfies(p -> assertThat(p.content().applyRoute()).isEqualTo(ApplyRoute.IN_INNOMOTOR))
                .satisfies(p -> assertThat(p.content().schemeId()).isNotNull());
        UserDetails kari = users.loadUserByUsername(DemoAccounts.BUYER.email());
        String list = page("/projects", kari);
        int title = list.indexOf("Trygghetssensorer for eldre som bor hjemme");
        String href = list.substring(
                list.lastIndexOf("href=\"/projects/", title) + 6,
                list.indexOf("\"", list.lastIndexOf("href=\"/projects/", title) + 6));
        String matches = page(href + "/instruments", kari);
        int at = matches.indexOf(InstrumentsDemoData.IN_INNOMOTOR_NAME);
        assertThat(at).isBetween(matches.indexOf("id=\"fitting\""), matches.indexOf("id=\"near-misses\""));
        String project = href.substring("/projects/".length());
        assertThat(matches.substring(at))
                .contains("Ordning: " + InstrumentsDemoData.SCHEME_NAME)
                .contains("/applications/new?project=" + project);
    }
}
