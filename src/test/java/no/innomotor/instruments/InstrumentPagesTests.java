package no.innomotor.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import no.innomotor.followup.FollowUpFixtures;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import no.innomotor.riskrelief.RiskReliefFixtures;
import no.innomotor.riskrelief.RiskReliefManagement;
import no.innomotor.riskrelief.SchemeId;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The instrument pages from both sides: the owning actor's people, another actor, an adviser, a buyer with a project,
 * a supplier, and anyone without an account.
 */
@InnomotorTest
class InstrumentPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    InstrumentFixtures fixtures;

    @Autowired
    ProjectFixtures projects;

    @Autowired
    FollowUpFixtures followUps;

    @Autowired
    InstrumentQueries queries;

    @Autowired
    RiskReliefManagement riskRelief;

    InstrumentFixtures.Actor actor;
    InstrumentFixtures.Actor other;

    @BeforeEach
    void world() {
        actor = fixtures.actor("Testfondet " + System.nanoTime());
        other = fixtures.actor("Konkurrentfondet " + System.nanoTime());
    }

    private static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String name) {
        return described(request, name).param("applyRoute", "LINK").param("applyUrl", "https://www.forskningsradet.no");
    }

    /** The same instrument, applied for in Innomotor through the scheme with this id. */
    private static MockHttpServletRequestBuilder inInnomotor(
            MockHttpServletRequestBuilder request, String name, String scheme) {
        return described(request, name).param("applyRoute", "IN_INNOMOTOR").param("schemeId", scheme);
    }

    private static MockHttpServletRequestBuilder described(MockHttpServletRequestBuilder request, String name) {
        return request.with(csrf())
                .param("name", name)
                .param("summary", "Tilskudd til kommuner i tidlige steg.")
                .param("kind", "GRANT")
                .param("audience", "BUYER")
                .param("organisationTypes", "MUNICIPALITY", "COUNTY")
                .param("roadmapSteps", "1", "2")
                .param("regions", "NO")
                .param("minAmount", "1 000 000")
                .param("coFinancingMaxPercent", "60")
                .param("requiresSignedMandate", "true")
                .param("rolling", "true")
                .param("costCategories", "PERSONNEL")
                .param("exampleAmounts", "true");
    }

    @Test
    void anActorAddsADraftThatNobodyElseSeesUntilItIsPublished() throws Exception {
        String name = "Forankringsmidler " + System.nanoTime();
        assertThat(body(mvc.perform(
                                get("/instruments/new").with(user(actor.person().details())))
                        .andExpect(status().isOk())))
                .contains(actor.name());
        String location = mvc.perform(filled(post("/instruments"), name)
                        .param("owner", actor.id().toString())
                        .with(user(actor.person().details())))
                .andExpect(redirectedUrlPattern("/instruments/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        assertThat(body(mvc.perform(get(location).with(user(actor.person().details())))
                        .andExpect(status().isOk())))
                .contains(name, "Utkast", "Publiser");
        mvc.perform(get(location)).andExpect(status().isNotFound());
        mvc.perform(get(location).with(user(other.person().details()))).andExpect(status().isNotFound());
        mvc.perform(get(location + "/edit").with(user(other.person().details())))
                .andExpect(status().isNotFound());
        mvc.perform(post(location + "/publish")
                        .with(csrf())
                        .with(user(other.person().details()))
                        .param("version", "0"))
                .andExpect(status().isNotFound());
        assertThat(body(mvc.perform(get("/instruments")))).doesNotContain(name);

        long version = queries.view(
                        InstrumentId.of(location.substring("/instruments/".length())),
                        actor.person().user())
                .version();
        mvc.perform(post(location + "/publish")
                        .with(csrf())
                        .with(user(actor.person().details()))
                        .param("version", String.valueOf(version)))
                .andExpect(redirectedUrl(location));

        String shown = body(mvc.perform(get(location)).andExpect(status().isOk()));
        assertThat(shown)
                .contains(name, "Eksempelbeløp", "Søkeren er kommune eller fylkeskommune.", "60 prosent")
                .contains("Prosjektets verdi er minst 1\u00a0000\u00a0000\u00a0kr.")
                .doesNotContain("Arbeidskopi");
        assertThat(body(mvc.perform(get("/instruments").param("kind", "GRANT"))))
                .contains(name);
        assertThat(body(mvc.perform(get("/instruments").param("kind", "LOAN")))).doesNotContain(name);
    }

    @Test
    void formErrorsStandNextToTheFieldsInTheReadersLanguage() throws Exception {
        String page = body(mvc.perform(post("/instruments")
                        .with(csrf())
                        .with(user(actor.person().details()))
                        .param("owner", actor.id().toString())
                        .param("kind", "GRANT")
                        .param("audience", "BUYER")
                        .param("minAmount", "mange")
                        .param("applyRoute", "LINK")
                        .param("applyUrl", "ftp://feil"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(page)
                .contains("id=\"error-summary\"")
                .contains("id=\"name-error\"", "Fyll ut feltet.")
                .contains("id=\"minAmount-error\"", "Skriv et helt tall uten desimaler.")
                .contains("id=\"deadlines-error\"", "Skriv minst én søknadsfrist")
                .contains("id=\"applyUrl-error\"");
        String english = body(mvc.perform(post("/instruments")
                        .with(csrf())
                        .with(user(actor.person().details()))
                        .param("lang", "en")
                        .param("owner", actor.id().toString()))
                .andExpect(status().isUnprocessableContent()));
        assertThat(english).contains("Fill in the field.");
    }

    @Test
    void anActorOfAnotherOrganisationCannotAddForTheFirst() throws Exception {
        mvc.perform(filled(post("/instruments"), "Lånt navn")
                        .param("owner", actor.id().toString())
                        .with(user(other.person().details())))
                .andExpect(status().isUnprocessableContent());
        assertThat(queries.kept(other.person().user()))
                .extracting(ManagedInstrument::name)
                .doesNotContain("Lånt navn");
    }

    @Test
    void anAdviserEditsAWorkingCopyButOnlyTheOwnerPublishesIt() throws Exception {
        String name = "Veiledningsmidler " + System.nanoTime();
        InstrumentId id = fixtures.published(actor, InstrumentFixtures.forMunicipalities(name));
        ProjectFixtures.Person adviser = followUps.adviser("Rolf Rådgiver");
        String edit = body(mvc.perform(get("/instruments/" + id + "/edit").with(user(adviser.details())))
                .andExpect(status().isOk()));
        assertThat(edit).contains(name);

        long version = queries.view(id, adviser.user()).version();
        mvc.perform(filled(post("/instruments/" + id + "/edit"), name + " (ny utlysning)")
                        .with(user(adviser.details()))
                        .param("version", String.valueOf(version)))
                .andExpect(redirectedUrl("/instruments/" + id));
        mvc.perform(post("/instruments/" + id + "/publish")
                        .with(csrf())
                        .with(user(adviser.details()))
                        .param("version", String.valueOf(version + 1)))
                .andExpect(status().isForbidden());

        // The public still sees the published version; the owner sees the changes waiting.
        assertThat(body(mvc.perform(get("/instruments/" + id)))).contains(name).doesNotContain("(ny utlysning)");
        assertThat(body(mvc.perform(
                        get("/instruments/" + id).with(user(actor.person().details())))))
                .contains("(ny utlysning)", "Endringer ikke publisert");
        assertThat(queries.kept(actor.person().user()))
                .filteredOn(m -> m.id().equals(id))
                .singleElement()
                .satisfies(m -> assertThat(m.unpublishedChanges()).isTrue());
    }

    @Test
    void aSaveFromAStaleVersionIsRefusedAndKeepsWhatWasTyped() throws Exception {
        InstrumentId id = fixtures.draft(actor, InstrumentFixtures.forMunicipalities("Samtidig " + System.nanoTime()));
        long version = queries.view(id, actor.person().user()).version();
        mvc.perform(filled(post("/instruments/" + id + "/edit"), "Første lagring")
                        .with(user(actor.person().details()))
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        String conflict = body(mvc.perform(filled(post("/instruments/" + id + "/edit"), "Andre lagring")
                        .with(user(actor.person().details()))
                        .param("version", String.valueOf(version)))
                .andExpect(status().isConflict()));
        assertThat(conflict).contains("Noen andre har lagret virkemiddelet", "Andre lagring");
        assertThat(queries.view(id, actor.person().user()).content().name()).isEqualTo("Første lagring");
        mvc.perform(post("/instruments/" + id + "/publish")
                        .with(csrf())
                        .with(user(actor.person().details()))
                        .param("version", String.valueOf(version)))
                .andExpect(status().isConflict());
    }

    @Test
    void theProjectPageShowsItsBestMatchesWithReasonsToItsPeopleAndAdvisersOnly() throws Exception {
        String name = "Kommunemidler " + System.nanoTime();
        fixtures.published(actor, InstrumentFixtures.forMunicipalities(name));
        ProjectFixtures.Org kommune = projects.municipality("Matchvik kommune");
        ProjectId project = projects.project(kommune, "Trygghet hjemme");

        String page = body(mvc.perform(get("/projects/" + project + "/instruments")
                        .with(user(kommune.buyer().details())))
                .andExpect(status().isOk()));
        int at = page.indexOf(name);
        assertThat(at).isPositive();
        String item = page.substring(at, page.indexOf("</ul>", page.indexOf("im-reasons", at)));
        assertThat(item)
                .contains("Søkeren er kommune, og virkemiddelet er for kommune.")
                .contains("Krever et signert mandat, og prosjektet har ikke det.");
        assertThat(page.indexOf("id=\"near-misses\"")).isLessThan(at);
        assertThat(page)
                .contains("Passer når toppledelsen har signert mandatet.", "/projects/" + project + "/instruments");

        projects.signedMandate(kommune, project);
        String signed = body(mvc.perform(get("/projects/" + project + "/instruments")
                        .with(user(kommune.leader().details())))
                .andExpect(status().isOk()));
        assertThat(signed.indexOf(name))
                .isBetween(signed.indexOf("id=\"fitting\""), signed.indexOf("id=\"near-misses\""));

        ProjectFixtures.Org otherKommune = projects.municipality("Annenvik kommune");
        mvc.perform(get("/projects/" + project + "/instruments")
                        .with(user(otherKommune.buyer().details())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/projects/" + project + "/instruments")
                        .with(user(followUps.adviser("Randi Rådgiver").details())))
                .andExpect(status().isOk());
        mvc.perform(get("/projects/" + project + "/instruments")
                        .with(user(actor.person().details())))
                .andExpect(status().isForbidden());
    }

    private SchemeId scheme(InstrumentFixtures.Actor owner, String name, boolean publish) {
        SchemeId id = riskRelief.createScheme(
                owner.id(),
                RiskReliefFixtures.input(name, 1_000_000),
                owner.person().user());
        if (publish) {
            riskRelief.publishScheme(id, 0, owner.person().user());
        }
        return id;
    }

    /** The municipal grant of the fixtures, applied for in Innomotor through the scheme. */
    private static InstrumentContent inInnomotor(String name, SchemeId scheme) {
        InstrumentContent c = InstrumentFixtures.forMunicipalities(name);
        return new InstrumentContent(
                c.name(),
                c.summary(),
                c.kind(),
                c.audience(),
                c.eligibility(),
                c.rolling(),
                c.deadlines(),
                ApplyRoute.IN_INNOMOTOR,
                null,
                scheme.toString(),
                c.contact(),
                c.costCategories(),
                c.exampleAmounts());
    }

    @Test
    void applyingInInnomotorOffersTheOwnersPublishedSchemesAndRefusesAnotherOwnersOrADraft() throws Exception {
        String own = "Egen ordning " + System.nanoTime();
        String draft = "Uferdig ordning " + System.nanoTime();
        String foreign = "Fremmed ordning " + System.nanoTime();
        SchemeId ownScheme = scheme(actor, own, true);
        SchemeId draftScheme = scheme(actor, draft, false);
        SchemeId foreignScheme = scheme(other, foreign, true);

        String form = body(
                mvc.perform(get("/instruments/new").with(user(actor.person().details())))
                        .andExpect(status().isOk()));
        assertThat(form)
                .contains("<select class=\"ds-input\" id=\"schemeId\" name=\"schemeId\"")
                .contains("<label class=\"ds-label\" for=\"schemeId\">Risikoavlastningsordning i Innomotor")
                .contains("value=\"" + ownScheme + "\"", own)
                .doesNotContain(draft, foreign, draftScheme.toString(), foreignScheme.toString());
        InstrumentFixtures.Actor without = fixtures.actor("Nystartfondet " + System.nanoTime());
        assertThat(body(mvc.perform(get("/instruments/new")
                                .with(user(without.person().details())))
                        .andExpect(status().isOk())))
                .contains("Ingen publiserte ordninger – publiser en risikoavlastningsordning først");

        String name = "Pilotgaranti " + System.nanoTime();
        for (SchemeId refused : new SchemeId[] {foreignScheme, draftScheme}) {
            String page = body(mvc.perform(inInnomotor(post("/instruments"), name, refused.toString())
                            .param("owner", actor.id().toString())
                            .with(user(actor.person().details())))
                    .andExpect(status().isUnprocessableContent()));
            assertThat(page)
                    .contains(
                            "id=\"schemeId-error\"",
                            "Velg en risikoavlastningsordning som aktøren selv har publisert.");
        }
        assertThat(body(mvc.perform(inInnomotor(post("/instruments"), name, foreignScheme.toString())
                                .param("lang", "en")
                                .param("owner", actor.id().toString())
                                .with(user(actor.person().details())))
                        .andExpect(status().isUnprocessableContent())))
                .contains("Choose a risk-relief scheme the actor has published itself.");
        assertThat(body(mvc.perform(inInnomotor(post("/instruments"), name, "")
                                .param("owner", actor.id().toString())
                                .with(user(actor.person().details())))
                        .andExpect(status().isUnprocessableContent())))
                .contains("id=\"schemeId-error\"", "Velg en publisert risikoavlastningsordning");
        assertThat(queries.kept(actor.person().user()))
                .extracting(ManagedInstrument::name)
                .doesNotContain(name);

        String location = mvc.perform(inInnomotor(post("/instruments"), name, ownScheme.toString())
                        .param("owner", actor.id().toString())
                        .with(user(actor.person().details())))
                .andExpect(redirectedUrlPattern("/instruments/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        InstrumentId id = InstrumentId.of(location.substring("/instruments/".length()));
        assertThat(queries.view(id, actor.person().user()).content().schemeId()).isEqualTo(ownScheme.toString());
        // Editing keeps the choice to the owner's published schemes too.
        mvc.perform(inInnomotor(post(location + "/edit"), name, foreignScheme.toString())
                        .param(
                                "version",
                                String.valueOf(
                                        queries.view(id, actor.person().user()).version()))
                        .with(user(actor.person().details())))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(location + "/publish")
                        .with(csrf())
                        .with(user(actor.person().details()))
                        .param(
                                "version",
                                String.valueOf(
                                        queries.view(id, actor.person().user()).version())))
                .andExpect(redirectedUrl(location));

        // Everyone reads which scheme it is; a buyer, who may apply, also gets the way to the scheme.
        assertThat(body(mvc.perform(get(location)).andExpect(status().isOk())))
                .contains("Ordning: " + own)
                .doesNotContain("/riskrelief/schemes/" + ownScheme);
        ProjectFixtures.Org kommune = projects.municipality("Søkevik kommune");
        assertThat(body(mvc.perform(get(location).with(user(kommune.buyer().details())))
                        .andExpect(status().isOk())))
                .contains("Ordning: " + own, "href=\"/riskrelief/schemes/" + ownScheme + "\"");
        assertThat(body(mvc.perform(get(location).with(user(other.person().details())))
                        .andExpect(status().isOk())))
                .contains("Ordning: " + own)
                .doesNotContain("href=\"/riskrelief/schemes/" + ownScheme + "\"");
    }

    @Test
    void aProjectsMatchesLinkItsBuyerToTheApplicationForTheProjectAndNameTheSchemeToOthers() throws Exception {
        String schemeName = "Pilotordning " + System.nanoTime();
        SchemeId scheme = scheme(actor, schemeName, true);
        String name = "Pilotmidler " + System.nanoTime();
        fixtures.published(actor, inInnomotor(name, scheme));
        ProjectFixtures.Org kommune = projects.municipality("Pilotvik kommune");
        ProjectId project = projects.project(kommune, "Sensorer i hjemmetjenesten");
        projects.signedMandate(kommune, project);
        String apply = "/riskrelief/schemes/" + scheme + "/applications/new?project=" + project;

        String page = body(mvc.perform(get("/projects/" + project + "/instruments")
                        .with(user(kommune.buyer().details())))
                .andExpect(status().isOk()));
        int at = page.indexOf(name);
        assertThat(at).isBetween(page.indexOf("id=\"fitting\""), page.indexOf("id=\"near-misses\""));
        assertThat(page).contains("Ordning: " + schemeName, "href=\"" + apply + "\"");
        assertThat(body(mvc.perform(get(apply).with(user(kommune.buyer().details())))
                        .andExpect(status().isOk())))
                .contains("Sensorer i hjemmetjenesten", schemeName);

        // The adviser and the top leader read the matches but do not apply: the scheme's name only.
        for (var reader : java.util.List.of(
                followUps.adviser("Rita Rådgiver").details(), kommune.leader().details())) {
            String read = body(
                    mvc.perform(get("/projects/" + project + "/instruments").with(user(reader)))
                            .andExpect(status().isOk()));
            assertThat(read).contains(name, "Ordning: " + schemeName).doesNotContain("applications/new");
        }
    }

    @Test
    void anyoneMatchesAFreeDescriptionAndSeesWhatWouldMakeANearMissFit() throws Exception {
        String name = "Fri match " + System.nanoTime();
        fixtures.published(actor, InstrumentFixtures.forMunicipalities(name));
        String page = body(mvc.perform(get("/instruments/match")
                        .param("side", "BUYER")
                        .param("organisationType", "MUNICIPALITY")
                        .param("region", "NO084")
                        .param("step", "2")
                        .param("amount", "3 000 000"))
                .andExpect(status().isOk()));
        int at = page.indexOf(name);
        assertThat(at).isGreaterThan(page.indexOf("id=\"near-misses\""));
        assertThat(page).contains("Passer når toppledelsen har signert mandatet.");

        String fits = body(mvc.perform(get("/instruments/match")
                        .param("lang", "en")
                        .param("side", "BUYER")
                        .param("organisationType", "MUNICIPALITY")
                        .param("region", "NO084")
                        .param("step", "2")
                        .param("amount", "3000000")
                        .param("signedMandate", "true"))
                .andExpect(status().isOk()));
        assertThat(fits.indexOf(name)).isBetween(fits.indexOf("id=\"fitting\""), fits.indexOf("id=\"near-misses\""));
        assertThat(fits).contains("The mandate is signed by top management.");

        mvc.perform(get("/instruments/match").param("side", "BUYER").param("step", "ni"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void aSupplierMatchesItsOwnCompanyFromItsProfile() throws Exception {
        String name = "Leverandørmidler " + System.nanoTime();
        fixtures.published(actor, InstrumentFixtures.forSuppliers(name));
        FollowUpFixtures.Company company = followUps.company("Matchlab AS " + System.nanoTime());

        String page = body(mvc.perform(get("/instruments/for-my-company")
                        .with(user(company.supplier().details())))
                .andExpect(status().isOk()));
        assertThat(page).contains(company.name(), "Liten bedrift");
        assertThat(page.indexOf(name)).isGreaterThan(page.indexOf("id=\"near-misses\""));
        assertThat(page).contains("Krever en pilotkunde, og det er ikke oppgitt noen.");

        String withPilot = body(mvc.perform(get("/instruments/for-my-company")
                        .param("pilotCustomer", "true")
                        .with(user(company.supplier().details())))
                .andExpect(status().isOk()));
        assertThat(withPilot.indexOf(name))
                .isBetween(withPilot.indexOf("id=\"fitting\""), withPilot.indexOf("id=\"near-misses\""));
        mvc.perform(get("/instruments/for-my-company").with(user(actor.person().details())))
                .andExpect(status().isForbidden());
    }

    @Test
    void theNationalOverviewIsPublicWithTheSameNumbersInTheChartAndTheTable() throws Exception {
        fixtures.published(actor, InstrumentFixtures.forMunicipalities("Oversikt " + System.nanoTime()));
        String page = body(mvc.perform(get("/instruments/overview")).andExpect(status().isOk()));
        assertThat(page).contains("<svg", "role=\"img\"", "<caption", "Hele landet", "Akershus", "Vestland");
        // Step 1's total in the table's footer row is the first bar's number.
        int footer = page.indexOf("data-region=\"total\"");
        String firstTotal = page.substring(page.indexOf("<td>", footer) + 4, page.indexOf("</td>", footer));
        assertThat(page).contains("steg 1: " + firstTotal.replace("\u00a0", ""));
        assertThat(Integer.parseInt(firstTotal.replace("\u00a0", ""))).isPositive();
    }

    @Test
    void theKeepersListShowsAnActorItsOwnInstrumentsOnly() throws Exception {
        String mine = "Eget " + System.nanoTime();
        String theirs = "Andres " + System.nanoTime();
        fixtures.draft(actor, InstrumentFixtures.forMunicipalities(mine));
        fixtures.draft(other, InstrumentFixtures.forMunicipalities(theirs));
        String page = body(
                mvc.perform(get("/instruments/kept").with(user(actor.person().details())))
                        .andExpect(status().isOk()));
        assertThat(page).contains(mine).doesNotContain(theirs);
        mvc.perform(get("/instruments/kept")
                        .with(user(
                                projects.municipality("Kjøpvik kommune").buyer().details())))
                .andExpect(status().isForbidden());
    }

    @Test
    void theFrontPageShowsTheOwnerItsDraftAndAnAdviserAnInstrumentWhoseCallsHaveClosed() throws Exception {
        String draft = "Uferdig " + System.nanoTime();
        fixtures.draft(actor, InstrumentFixtures.forMunicipalities(draft));
        String closed = "Stengt " + System.nanoTime();
        InstrumentContent content = InstrumentFixtures.forMunicipalities(closed);
        fixtures.published(
                other,
                new InstrumentContent(
                        content.name(),
                        content.summary(),
                        content.kind(),
                        content.audience(),
                        content.eligibility(),
                        false,
                        java.util.List.of(java.time.LocalDate.of(2020, 1, 15)),
                        content.applyRoute(),
                        content.applyUrl(),
                        null,
                        content.contact(),
                        content.costCategories(),
                        false));

        assertThat(body(mvc.perform(get("/").with(user(actor.person().details())))))
                .contains(draft, "Et utkast til virkemiddel venter på å bli publisert")
                .doesNotContain(closed);
        assertThat(body(mvc.perform(get("/").with(user(other.person().details())))))
                .doesNotContain(draft);
        assertThat(body(mvc.perform(
                        get("/").with(user(followUps.adviser("Vakt Rådgiver").details())))))
                .contains(closed, "Alle utlysningene er stengt")
                .doesNotContain(draft + "</");
        assertThat(body(mvc.perform(
                        get("/").param("lang", "nn").with(user(actor.person().details())))))
                .contains("Eit utkast til verkemiddel ventar på å bli publisert");
    }

    @Test
    void theCatalogueFilterAnswersHtmxWithTheResultsOnly() throws Exception {
        String name = "Filtrert " + System.nanoTime();
        fixtures.published(actor, InstrumentFixtures.forMunicipalities(name));
        var result = mvc.perform(get("/instruments")
                        .header("HX-Request", "true")
                        .param("actor", actor.id().toString()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(result.getContentAsString())
                .contains(name, "id=\"instruments-count\"", "Ett publisert virkemiddel")
                .doesNotContain("<html", "<form");
        assertThat(result.getHeaders("Vary"))
                .anySatisfy(vary -> assertThat(vary).contains("HX-Request"));
        assertThat(body(mvc.perform(
                        get("/instruments").param("actor", actor.id().toString()))))
                .contains("<html", "hx-target=\"#instrument-results\"", name);
    }
}
