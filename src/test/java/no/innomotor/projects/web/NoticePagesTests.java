package no.innomotor.projects.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import no.innomotor.audit.AuditEntry;
import no.innomotor.notices.MarketConsultationLanguage;
import no.innomotor.notices.MarketConsultationNoticeType;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.projects.ConsultationNoticeDetails;
import no.innomotor.projects.ConsultationNoticeManagement;
import no.innomotor.projects.ConsultationNoticeView;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectQueries;
import no.innomotor.projects.ProjectsManagement;
import no.innomotor.shared.NorwegianTime;
import no.innomotor.shared.RoadmapStep;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;

@InnomotorTest
class NoticePagesTests {

    static final MarketConsultationNoticeType PIN = MarketConsultationNoticeType.PRIOR_INFORMATION_ONLY;
    static final long NEW = ConsultationNoticeManagement.NEW;

    /** A valid organisation number for the review body (nine digits, modulus-11 check digit). */
    static final String COURT_ORG_NUMBER = "926725939";

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectsManagement projects;

    @Autowired
    ProjectQueries queries;

    @Autowired
    ConsultationNoticeManagement notices;

    @Autowired
    OrganisationsManagement organisations;

    @Autowired
    Clock clock;

    @Autowired
    ProjectFixtures fixtures;

    ProjectFixtures.Org owner;
    ProjectFixtures.Org other;
    ProjectFixtures.Person adviser;
    ProjectFixtures.Person supplier;
    ProjectId project;
    String page;
    LocalDate today;

    @BeforeEach
    void setUp() {
        owner = fixtures.municipality("Kunngjøringsvik kommune");
        other = fixtures.municipality("Andrevik kommune");
        adviser = fixtures.person(fixtures.company("Kunngjøringsråd AS"), "Rolf Rådgiver", Role.ADVISER);
        supplier = fixtures.person(fixtures.company("Kunngjøringsleverandør AS"), "Siv Leverandør", Role.SUPPLIER);
        project = fixtures.project(owner, "Sensorer for trygghet hjemme");
        page = "/projects/" + project + "/notice";
        today = LocalDate.now(clock.withZone(NorwegianTime.ZONE));
    }

    /** Signs the mandate and completes steps 1 and 2, so the project stands in the market dialogue. */
    private void toMarketDialogue() {
        fixtures.signedMandate(owner, project);
        for (int step = 1; step <= 2; step++) {
            fixtures.tickRequired(owner, project, RoadmapStep.of(step));
            projects.completeStep(project, RoadmapStep.of(step), owner.buyer().user());
        }
    }

    /**
     * The form filled in completely, as a buyer would post it; {@code changes} are pairs of field name and value that
     * replace the complete values.
     */
    private MockHttpServletRequestBuilder completeForm(
            MarketConsultationNoticeType type, long version, String... changes) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", String.valueOf(version));
        fields.put("noticeType", type.name());
        fields.put("contactName", "Innkjøpsavdelingen");
        fields.put("contactEmail", "innkjop@kunngjoringsvik.kommune.no");
        fields.put("contactPhone", "+47 22 33 44 55");
        fields.put("buyerTown", "Kunngjøringsvik");
        fields.put("buyerPostcode", "0150");
        fields.put("buyerNuts", "NO081");
        fields.put("titleNorwegian", "Markedsdialog om trygghetssensorer");
        fields.put("titleEnglish", "Market dialogue on safety sensors");
        fields.put("descriptionNorwegian", "Vi vil høre fra markedet om sensorer som varsler tidlig.");
        fields.put("descriptionEnglish", "We want to hear from the market about sensors that alert early.");
        fields.put("responseDeadline", today.plusDays(30).toString());
        fields.put("dialogueStart", today.plusDays(10).toString());
        fields.put("dialogueEnd", today.plusDays(40).toString());
        fields.put("plannedCompetitionNotice", today.plusMonths(4).toString());
        fields.put("responseUrl", "https://kunngjoringsvik.kommune.no/markedsdialog");
        fields.put("reviewName", "Oslo tingrett");
        fields.put("reviewOrgNumber", "926 725 939");
        fields.put("reviewTown", "Oslo");
        fields.put("reviewPostcode", "0125");
        fields.put("reviewNuts", "NO081");
        for (int i = 0; i < changes.length; i += 2) {
            fields.put(changes[i], changes[i + 1]);
        }
        MockHttpServletRequestBuilder request =
                post(page).with(csrf()).with(user(owner.buyer().details())).param("languages", "NORWEGIAN", "ENGLISH");
        fields.forEach(request::param);
        return request;
    }

    private ConsultationNoticeDetails complete(MarketConsultationNoticeType type, String contactName) {
        return new ConsultationNoticeDetails(
                type,
                List.of(MarketConsultationLanguage.NORWEGIAN, MarketConsultationLanguage.ENGLISH),
                contactName,
                "innkjop@kunngjoringsvik.kommune.no",
                "+47 22 33 44 55",
                "Kunngjøringsvik",
                "0150",
                "NO081",
                "Markedsdialog om trygghetssensorer",
                "Market dialogue on safety sensors",
                "Vi vil høre fra markedet.",
                "We want to hear from the market.",
                today.plusDays(30),
                today.plusDays(10),
                today.plusDays(40),
                today.plusMonths(4),
                "https://kunngjoringsvik.kommune.no/markedsdialog",
                "Oslo tingrett",
                COURT_ORG_NUMBER,
                "Oslo",
                "0125",
                "NO081");
    }

    private ConsultationNoticeView view() {
        return notices.view(project, owner.buyer().user());
    }

    private MvcResult export(ProjectFixtures.Person person) throws Exception {
        return mvc.perform(post(page + "/export").with(csrf()).with(user(person.details())))
                .andReturn();
    }

    // ---- the checklist ----

    @Test
    void anEmptyNoticeShowsTheBuyerAChecklistOfWhatItLacksWithLinksToTheFields() throws Exception {
        toMarketDialogue();
        mvc.perform(get(page).with(user(owner.buyer().details())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(
                                        "<h1 class=\"ds-heading\" data-size=\"lg\">Kunngjøring av markedsdialogen</h1>"),
                                containsString("Dette må ordnes før kunngjøringen kan lages"),
                                containsString("<a class=\"ds-link\" href=\"#contactEmail\">E-postadressen til "
                                        + "kontaktpunktet mangler.</a>"),
                                containsString("href=\"#contactPhone\">Telefonnummeret til kontaktpunktet mangler."),
                                containsString("href=\"#titleEnglish\">Tittelen på engelsk mangler.</a>"),
                                containsString("href=\"#reviewName\">Oppgi klageorganet"),
                                containsString("href=\"#responseDeadline\">Oppgi fristen for å svare"),
                                containsString("Nedlastingen blir tilgjengelig når sjekklisten er tom."),
                                not(containsString("Last ned kunngjøringen (XML)")))))
                // The project's title, need and region fill what the buyer has not written.
                .andExpect(content()
                        .string(allOf(
                                containsString("value=\"Sensorer for trygghet hjemme\""),
                                containsString("Behovet er å gi eldre trygghet i eget hjem"),
                                containsString("<option value=\"NO081\" selected>"))));
        assertThat(view().checklist())
                .extracting(item -> item.messageKey())
                .contains("notices.export.check.contact-email-missing", "notices.export.check.review-body-missing")
                .doesNotContain(
                        "notices.export.check.title-norwegian-missing",
                        "notices.export.check.main-cpv-missing",
                        "notices.export.check.buyer-name-missing");
    }

    @Test
    void theChecklistDisappearsOnceTheNoticeIsFilledInAndTheDownloadIsOffered() throws Exception {
        toMarketDialogue();
        mvc.perform(completeForm(PIN, NEW)).andExpect(redirectedUrl(page));
        assertThat(view().checklist()).isEmpty();
        assertThat(view().details().reviewOrgNumber()).isEqualTo(COURT_ORG_NUMBER);
        mvc.perform(get(page).with(user(owner.buyer().details())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Kunngjøringen har alt den trenger."),
                                not(containsString("Dette må ordnes før kunngjøringen kan lages")),
                                containsString("action=\"" + page + "/export\""),
                                containsString("Last ned kunngjøringen (XML)"),
                                containsString("value=\"Innkjøpsavdelingen\""),
                                containsString("Sist lagret"))));
    }

    @Test
    void theStepThreePageAndTheProjectPageLeadToTheNotice() throws Exception {
        toMarketDialogue();
        mvc.perform(get("/projects/" + project + "/steps/3")
                        .with(user(owner.buyer().details())))
                .andExpect(content()
                        .string(containsString(
                                "<a class=\"ds-link\" href=\"" + page + "\">Gå til " + "kunngjøringen</a>")));
        mvc.perform(get("/projects/" + project).with(user(owner.buyer().details())))
                .andExpect(content().string(containsString("href=\"" + page + "\">Gå til kunngjøringen</a>")));
    }

    // ---- the export ----

    @Test
    void aBuyerOfTheOwningOrganisationDownloadsTheNoticeFilledFromTheProject() throws Exception {
        toMarketDialogue();
        notices.save(
                project,
                complete(MarketConsultationNoticeType.PRIOR_INFORMATION_ONLY, "Innkjøp"),
                ConsultationNoticeManagement.NEW,
                owner.buyer().user());

        MvcResult result = mvc.perform(post(page + "/export")
                        .with(csrf())
                        .with(user(owner.buyer().details())))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
                .andExpect(header().string("Content-Disposition", startsWith("attachment; filename=\"eforms-4-")))
                .andReturn();

        byte[] bytes = result.getResponse().getContentAsByteArray();
        String xml = new String(bytes, StandardCharsets.UTF_8);
        assertThat(parses(bytes)).isTrue();
        String orgNumber =
                organisations.find(owner.id()).orElseThrow().orgNumber().value();
        assertThat(xml)
                .contains(
                        "<cbc:SubTypeCode listName=\"notice-subtype\">4</cbc:SubTypeCode>",
                        "<cbc:ItemClassificationCode listName=\"cpv\">72000000</cbc:ItemClassificationCode>",
                        "<cbc:CountrySubentityCode listName=\"nuts\">NO081</cbc:CountrySubentityCode>",
                        "<cbc:CompanyID>" + orgNumber + "</cbc:CompanyID>",
                        "<cbc:CompanyID>" + COURT_ORG_NUMBER + "</cbc:CompanyID>",
                        ">Markedsdialog om trygghetssensorer</cbc:Name>",
                        ">Market dialogue on safety sensors</cbc:Name>",
                        ">Kunngjøringsvik kommune</cbc:Name>",
                        "<cbc:PartyTypeCode listName=\"buyer-legal-type\">la</cbc:PartyTypeCode>",
                        "currencyID=\"NOK\">2500000</cbc:EstimatedOverallContractAmount>");

        Matcher file = Pattern.compile("eforms-4-([0-9a-f-]{36})\\.xml")
                .matcher(String.valueOf(result.getResponse().getHeader("Content-Disposition")));
        assertThat(file.find()).isTrue();
        assertThat(xml).contains(file.group(1));
        List<AuditEntry> timeline = queries.timeline(project, owner.buyer().user());
        assertThat(timeline).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("consultation-notice.exported");
            assertThat(entry.summary())
                    .contains(
                            "prior information notice for information only (eForms subtype 4)",
                            "notice id " + file.group(1));
        });
    }

    @Test
    void thePreMarketConsultationNoticeIsExportedAsSubtypeE1() throws Exception {
        toMarketDialogue();
        notices.save(
                project,
                complete(MarketConsultationNoticeType.PRE_MARKET_CONSULTATION, null),
                ConsultationNoticeManagement.NEW,
                owner.buyer().user());
        MvcResult result = export(owner.buyer());
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("eforms-E1-");
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains(
                        "<cbc:SubTypeCode listName=\"notice-subtype\">E1</cbc:SubTypeCode>",
                        "https://kunngjoringsvik.kommune.no/markedsdialog");
    }

    @Test
    void aDownloadWithGapsIsRefusedWithTheChecklist() throws Exception {
        toMarketDialogue();
        mvc.perform(post(page + "/export").with(csrf()).with(user(owner.buyer().details())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content()
                        .string(allOf(
                                containsString("Kunngjøringen kan ikke lages ennå"),
                                containsString("E-postadressen til kontaktpunktet mangler."))));
        assertThat(queries.timeline(project, owner.buyer().user()))
                .noneMatch(entry -> entry.action().equals("consultation-notice.exported"));
    }

    @Test
    void aNoticeIsNotExportedBeforeTheMarketDialogue() throws Exception {
        notices.save(
                project,
                complete(MarketConsultationNoticeType.PRIOR_INFORMATION_ONLY, "Innkjøp"),
                ConsultationNoticeManagement.NEW,
                owner.buyer().user());
        mvc.perform(get(page).with(user(owner.buyer().details())))
                .andExpect(content()
                        .string(allOf(
                                containsString("Kunngjøringen kan lastes ned fra steg 3, "
                                        + "markedsdialog. Prosjektet er i steg 1."),
                                not(containsString("Last ned kunngjøringen")))));
        mvc.perform(post(page + "/export").with(csrf()).with(user(owner.buyer().details())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Prosjektet er i steg 1.")));
    }

    @Test
    void aStoppedProjectNeitherExportsNorChangesItsNotice() throws Exception {
        toMarketDialogue();
        notices.save(
                project,
                complete(MarketConsultationNoticeType.PRIOR_INFORMATION_ONLY, "Innkjøp"),
                ConsultationNoticeManagement.NEW,
                owner.buyer().user());
        projects.stop(
                project, "Behovet er dekket på annen måte.", owner.leader().user());

        mvc.perform(post(page + "/export").with(csrf()).with(user(owner.buyer().details())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(containsString(
                                "Prosjektet er stoppet. En stoppet anskaffelse skal " + "ikke kunngjøres")));
        mvc.perform(completeForm(PIN, view().version())).andExpect(status().isConflict());
        mvc.perform(get(page).with(user(owner.buyer().details())))
                .andExpect(content()
                        .string(allOf(
                                not(containsString("Lagre opplysningene")),
                                not(containsString("Last ned kunngjøringen (XML)")))));
    }

    // ---- who may ----

    @Test
    void aBuyerOfAnotherOrganisationIsToldTheNoticeDoesNotExist() throws Exception {
        toMarketDialogue();
        notices.save(
                project,
                complete(MarketConsultationNoticeType.PRIOR_INFORMATION_ONLY, "Innkjøp"),
                ConsultationNoticeManagement.NEW,
                owner.buyer().user());
        mvc.perform(get(page).with(user(other.buyer().details()))).andExpect(status().isNotFound());
        mvc.perform(post(page + "/export").with(csrf()).with(user(other.buyer().details())))
                .andExpect(status().isNotFound());
        mvc.perform(post(page)
                        .with(csrf())
                        .with(user(other.buyer().details()))
                        .param("version", "0")
                        .param("noticeType", "PRIOR_INFORMATION_ONLY")
                        .param("contactName", "Inntrenger"))
                .andExpect(status().isNotFound());
        assertThat(view().details().contactName()).isEqualTo("Innkjøp");
    }

    @Test
    void aTopLeaderAndAnAdviserReadTheNoticeButCannotChangeOrDownloadIt() throws Exception {
        toMarketDialogue();
        notices.save(
                project,
                complete(MarketConsultationNoticeType.PRIOR_INFORMATION_ONLY, "Innkjøp"),
                ConsultationNoticeManagement.NEW,
                owner.buyer().user());
        for (ProjectFixtures.Person reader : List.of(owner.leader(), adviser)) {
            mvc.perform(get(page).with(user(reader.details())))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(allOf(
                                    containsString("Bare innkjøpere i organisasjonen som eier "
                                            + "prosjektet, kan endre den og laste den ned."),
                                    containsString("Innkjøp"),
                                    containsString("Oslo tingrett"),
                                    not(containsString("Lagre opplysningene")),
                                    not(containsString("Last ned kunngjøringen (XML)")))));
            assertThat(export(reader).getResponse().getStatus()).isEqualTo(403);
            mvc.perform(post(page)
                            .with(csrf())
                            .with(user(reader.details()))
                            .param("version", "0")
                            .param("noticeType", "PRIOR_INFORMATION_ONLY")
                            .param("contactName", "Endret av leser"))
                    .andExpect(status().isForbidden());
        }
        assertThat(view().details().contactName()).isEqualTo("Innkjøp");
        assertThat(queries.timeline(project, owner.buyer().user()))
                .noneMatch(entry -> entry.action().equals("consultation-notice.exported"));
    }

    @Test
    void suppliersAreRefusedAndAnonymousVisitorsAreSentToLogIn() throws Exception {
        mvc.perform(get(page).with(user(supplier.details()))).andExpect(status().isForbidden());
        mvc.perform(get(page).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        mvc.perform(post(page + "/export").with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login"));
    }

    // ---- saving ----

    @Test
    void aStaleSaveIsAConflictThatKeepsWhatThePersonTyped() throws Exception {
        notices.save(
                project,
                complete(MarketConsultationNoticeType.PRIOR_INFORMATION_ONLY, "Første versjon"),
                ConsultationNoticeManagement.NEW,
                owner.buyer().user());
        long seen = view().version();
        notices.save(
                project,
                complete(MarketConsultationNoticeType.PRIOR_INFORMATION_ONLY, "Lagret av kollega"),
                seen,
                owner.buyer().user());

        mvc.perform(completeForm(PIN, seen, "contactName", "Skrevet av meg"))
                .andExpect(status().isConflict())
                .andExpect(content()
                        .string(allOf(
                                containsString("Noen andre lagret kunngjøringen mens du skrev"),
                                containsString("value=\"Skrevet av meg\""),
                                containsString("Lagret av kollega"),
                                containsString("<input type=\"hidden\" name=\"version\" value=\"" + view().version()
                                        + "\">"))));
        assertThat(view().details().contactName()).isEqualTo("Lagret av kollega");
    }

    @Test
    void aFirstSaveRacingAnotherFirstSaveIsAConflict() throws Exception {
        notices.save(
                project,
                complete(MarketConsultationNoticeType.PRIOR_INFORMATION_ONLY, "Først ute"),
                ConsultationNoticeManagement.NEW,
                owner.buyer().user());
        mvc.perform(completeForm(PIN, NEW, "contactName", "For sent"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("value=\"For sent\"")));
        assertThat(view().details().contactName()).isEqualTo("Først ute");
    }

    @Test
    void badInputIsShownNextToTheFieldsAndNothingIsSaved() throws Exception {
        mvc.perform(completeForm(
                        PIN,
                        NEW,
                        "contactEmail",
                        "kari@kommune",
                        "responseDeadline",
                        today.minusDays(1).toString(),
                        "reviewOrgNumber",
                        "123456789",
                        "contactPhone",
                        "ring meg"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"contactEmail-error\">Skriv en gyldig e-postadresse"),
                                containsString("id=\"responseDeadline-error\">Datoen kan ikke være tilbake i tid."),
                                containsString("id=\"reviewOrgNumber-error\">Organisasjonsnummeret er ikke gyldig."),
                                containsString("id=\"contactPhone-error\">Skriv telefonnummeret"),
                                containsString("<a class=\"ds-link\" href=\"#contactEmail\">"),
                                containsString("value=\"kari@kommune\""),
                                containsString("value=\"Innkjøpsavdelingen\""))));
        assertThat(view().saved()).isFalse();
    }

    @Test
    void aDialogueThatEndsBeforeItBeginsAndARegionOutsideNorwayAreRefused() throws Exception {
        mvc.perform(completeForm(
                        PIN,
                        NEW,
                        "dialogueStart",
                        today.plusDays(20).toString(),
                        "dialogueEnd",
                        today.plusDays(5).toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(containsString(
                                "id=\"dialogueEnd-error\">Siste dag kan ikke være før " + "første dag")));
        mvc.perform(completeForm(PIN, NEW, "reviewNuts", "SE110"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"reviewNuts-error\">Velg et fylke fra listen.")));
        assertThat(view().saved()).isFalse();
    }

    @Test
    void aTamperedChoiceIsExplainedInsteadOfFailing() throws Exception {
        mvc.perform(completeForm(PIN, NEW, "noticeType", "CONTRACT_AWARD").param("languages", "KLINGON"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(allOf(
                                containsString("Velg type kunngjøring fra listen."),
                                containsString("Velg språk fra listen."),
                                not(containsString("Failed to convert")))));
        assertThat(view().saved()).isFalse();
    }

    @Test
    void savingWithHtmxSwapsInTheFormAndTheUpdatedChecklist() throws Exception {
        toMarketDialogue();
        mvc.perform(completeForm(PIN, NEW).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                not(containsString("<html")),
                                not(containsString("<h1")),
                                containsString("Opplysningene til kunngjøringen er lagret."),
                                containsString("Kunngjøringen har alt den trenger."),
                                containsString("Last ned kunngjøringen (XML)"),
                                containsString("<input type=\"hidden\" name=\"version\" value=\"0\">"))));
        mvc.perform(completeForm(PIN, 0, "contactEmail", "ikke-en-adresse").header("HX-Request", "true"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(allOf(not(containsString("<html")), containsString("id=\"contactEmail-error\""))));
    }

    @Test
    void theFormIsServedWithHtmxEnhancementAndAPlainFallback() throws Exception {
        mvc.perform(get(page).with(user(owner.buyer().details())))
                .andExpect(content()
                        .string(allOf(
                                containsString("<div id=\"notice-work\">"),
                                containsString("method=\"post\" action=\"" + page + "\" hx-post=\"" + page + "\" "
                                        + "hx-target=\"#notice-work\""))));
    }

    private static boolean parses(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        return document.getDocumentElement().getLocalName().equals("PriorInformationNotice");
    }
}
