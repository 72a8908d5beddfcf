package no.innomotor.projects.web;

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

import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.projects.MandateState;
import no.innomotor.projects.MandateView;
import no.innomotor.projects.ProjectDetails;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectQueries;
import no.innomotor.projects.ProjectsManagement;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@InnomotorTest
class MandatePagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProjectsManagement projects;

    @Autowired
    ProjectQueries queries;

    @Autowired
    OrganisationsManagement organisations;

    @Autowired
    ProjectFixtures fixtures;

    ProjectFixtures.Org baerum;
    ProjectFixtures.Org other;
    ProjectId project;
    String mandate;

    @BeforeEach
    void setUp() {
        baerum = fixtures.municipality("Mandatbærum kommune");
        other = fixtures.municipality("Mandatandre kommune");
        project = fixtures.project(baerum, "Mandatside");
        mandate = "/projects/" + project + "/mandate";
    }

    private MockHttpServletRequestBuilder draft(String goal, String budget, String start, String end) {
        return post(mandate)
                .with(csrf())
                .with(user(baerum.buyer().details()))
                .param("goal", goal)
                .param("budgetFrame", budget)
                .param("riskAppetite", "MODERATE")
                .param("benefitAmbition", "Færre fall, målt mot nullpunkt")
                .param("startDate", start)
                .param("endDate", end);
    }

    private MockHttpServletRequestBuilder ready(int version) {
        return post(mandate + "/ready")
                .with(csrf())
                .with(user(baerum.buyer().details()))
                .param("versionNumber", String.valueOf(version));
    }

    /** Signs as the confirmation page does: the box naming the organisation ticked. */
    private MockHttpServletRequestBuilder sign(ProjectFixtures.Person who, int version) {
        return signUnconfirmed(who, version).param("onBehalfOf", baerum.id().toString());
    }

    private MockHttpServletRequestBuilder signUnconfirmed(ProjectFixtures.Person who, int version) {
        return post(mandate + "/sign")
                .with(csrf())
                .with(user(who.details()))
                .param("versionNumber", String.valueOf(version));
    }

    @Test
    void theBuyerDraftsTheMandateAndSeesItWaitForASignature() throws Exception {
        mvc.perform(get(mandate).with(user(baerum.buyer().details())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Skriv mandatet"),
                                containsString("name=\"goal\""),
                                containsString("Mandatet er ikke skrevet ennå."),
                                not(containsString("Signer mandatet")))));
        mvc.perform(draft("Trygghet hjemme", "3 000 000", "2027-01-01", "2028-12-31"))
                .andExpect(redirectedUrl(mandate));
        mvc.perform(get(mandate).with(user(baerum.buyer().details())))
                .andExpect(content()
                        .string(allOf(
                                containsString("Versjon 1 er et utkast."),
                                containsString("Legg fram versjon 1 for signering"),
                                containsString("3\u00a0000\u00a0000\u00a0kr"),
                                containsString("01.01.2027 til 31.12.2028"),
                                containsString("Endre utkastet, versjon 1"),
                                not(containsString("Signer mandatet")))));
        mvc.perform(ready(1)).andExpect(redirectedUrl(mandate));
        mvc.perform(get(mandate).with(user(baerum.buyer().details())))
                .andExpect(content()
                        .string(allOf(
                                containsString("Versjon 1 venter på signatur fra en toppleder."),
                                not(containsString("Legg fram versjon 1")))));
    }

    @Test
    void aDraftCannotBeSignedAndEditingAReadyMandateMakesItADraftAgain() throws Exception {
        mvc.perform(draft("Mål", "100", "2027-01-01", "2027-12-31"));
        mvc.perform(get(mandate).with(user(baerum.leader().details())))
                .andExpect(content().string(not(containsString("Les gjennom og signer"))));
        mvc.perform(sign(baerum.leader(), 1))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Versjon 1 er et utkast.")));

        mvc.perform(ready(1));
        mvc.perform(draft("Endret mål", "100", "2027-01-01", "2027-12-31"));
        assertThat(queries.get(project, baerum.buyer().user()).mandateState()).isEqualTo(MandateState.DRAFT);
        mvc.perform(sign(baerum.leader(), 1)).andExpect(status().isConflict());
        assertThat(queries.get(project, baerum.buyer().user()).newestMandate().signed())
                .isFalse();
    }

    @Test
    void signingNeedsTheSecondStepThatNamesTheOrganisation() throws Exception {
        mvc.perform(draft("Mål", "100", "2027-01-01", "2027-12-31"));
        mvc.perform(ready(1));
        mvc.perform(get(mandate + "/sign").with(user(baerum.leader().details())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Dette forplikter Mandatbærum kommune seg til"),
                                containsString("Jeg signerer på vegne av Mandatbærum kommune"),
                                containsString("name=\"onBehalfOf\" value=\"" + baerum.id() + "\""),
                                containsString("Signer mandatet, versjon 1"))));

        mvc.perform(signUnconfirmed(baerum.leader(), 1)).andExpect(status().isUnprocessableContent());
        mvc.perform(signUnconfirmed(baerum.leader(), 1)
                        .param("onBehalfOf", other.id().toString()))
                .andExpect(status().isUnprocessableContent());
        assertThat(queries.get(project, baerum.buyer().user()).newestMandate().signed())
                .isFalse();

        mvc.perform(sign(baerum.leader(), 1)).andExpect(redirectedUrl(mandate));
        assertThat(queries.get(project, baerum.buyer().user()).newestMandate().signed())
                .isTrue();
    }

    @Test
    void theBuyerMayNotSignAndTheLeaderIsNotAskedBeforeTheBuyerPutsTheMandateForward() throws Exception {
        mvc.perform(draft("Mål", "100", "2027-01-01", "2027-12-31"));
        mvc.perform(get(mandate + "/sign").with(user(baerum.leader().details())))
                .andExpect(redirectedUrl(mandate));
        mvc.perform(ready(1));
        // The signing page is the top leader's: a buyer is refused it, whatever state the mandate is in.
        mvc.perform(get(mandate + "/sign").with(user(baerum.buyer().details()))).andExpect(status().isForbidden());
    }

    @Test
    void badMandateInputIsShownNextToTheFields() throws Exception {
        mvc.perform(draft("", "-5", "2028-01-01", "2027-01-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content()
                        .string(allOf(
                                containsString("Skriv målet."),
                                containsString("Beløpet kan ikke være negativt."),
                                containsString("Sluttdatoen kan ikke være før startdatoen."),
                                containsString("id=\"endDate-error\""))));
        assertThat(queries.get(project, baerum.buyer().user()).mandates()).isEmpty();
    }

    @Test
    void theTopLeaderSignsAndTheSignatureIsRecordedWithItsFingerprint() throws Exception {
        mvc.perform(draft("Trygghet hjemme", "3000000", "2027-01-01", "2028-12-31"));
        mvc.perform(ready(1));
        mvc.perform(get(mandate).with(user(baerum.leader().details())))
                .andExpect(content()
                        .string(allOf(
                                containsString("Les gjennom og signer versjon 1"),
                                containsString("forplikter du Mandatbærum kommune"),
                                not(containsString("name=\"goal\"")))));
        mvc.perform(sign(baerum.leader(), 1)).andExpect(redirectedUrl(mandate));

        MandateView signed = queries.get(project, baerum.buyer().user()).newestMandate();
        assertThat(signed.signerName()).isEqualTo("Lars Leder");
        mvc.perform(get(mandate).with(user(baerum.buyer().details())))
                .andExpect(content()
                        .string(allOf(
                                containsString("Versjon 1 er signert av Lars Leder"),
                                containsString(signed.contentHash()),
                                containsString("Innholdet er uendret siden signeringen."),
                                containsString("Endre mandatet (blir versjon 2)"))));
        mvc.perform(get("/projects/" + project + "/timeline")
                        .with(user(baerum.buyer().details())))
                .andExpect(content()
                        .string(allOf(
                                containsString("Mandatet ble signert"),
                                containsString(signed.contentHash()),
                                containsString("budsjettramme 3\u00a0000\u00a0000\u00a0kr"),
                                containsString("ble signert av Lars Leder "
                                        + java.time.format.DateTimeFormatter.ofPattern(
                                                        "d. MMMM yyyy 'kl.' HH:mm",
                                                        java.util.Locale.forLanguageTag("nb-NO"))
                                                .format(signed.signedAt()
                                                        .atZone(no.innomotor.shared.NorwegianTime.ZONE))),
                                not(containsString(signed.signedAt().toString())),
                                not(containsString("NOK")),
                                not(containsString("mandate.signed")))));
    }

    @Test
    void aBuyerMayNotSignAndALeaderOfAnotherOrganisationIsToldThereIsNoSuchProject() throws Exception {
        mvc.perform(draft("Mål", "100", "2027-01-01", "2027-12-31"));
        mvc.perform(ready(1));
        mvc.perform(sign(baerum.buyer(), 1)).andExpect(status().isForbidden());
        mvc.perform(sign(other.leader(), 1)).andExpect(status().isNotFound());
        ProjectFixtures.Person supplier = fixtures.person(fixtures.company("Signatur AS"), "Sara", Role.SUPPLIER);
        mvc.perform(sign(supplier, 1)).andExpect(status().isForbidden());
        mvc.perform(get(mandate).with(user(other.leader().details()))).andExpect(status().isNotFound());
        assertThat(queries.get(project, baerum.buyer().user()).mandateState())
                .isEqualTo(MandateState.AWAITING_SIGNATURE);
    }

    @Test
    void aLeaderSigningAVersionThatChangedMeanwhileGetsAConflict() throws Exception {
        mvc.perform(draft("Mål", "100", "2027-01-01", "2027-12-31"));
        mvc.perform(ready(1));
        mvc.perform(sign(baerum.leader(), 1));
        mvc.perform(draft("Endret mål", "200", "2027-01-01", "2027-12-31"));
        mvc.perform(ready(2));
        mvc.perform(sign(baerum.leader(), 1))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Les versjon 2 før du signerer.")));
    }

    @Test
    void changingASignedMandateMakesVersionTwoAndKeepsVersionOneWithItsSignature() throws Exception {
        mvc.perform(draft("Første mål", "100", "2027-01-01", "2027-12-31"));
        mvc.perform(ready(1));
        mvc.perform(sign(baerum.leader(), 1));
        String firstHash =
                queries.get(project, baerum.buyer().user()).newestMandate().contentHash();
        mvc.perform(draft("Andre mål", "200", "2027-01-01", "2027-12-31")).andExpect(redirectedUrl(mandate));
        mvc.perform(ready(2));

        ProjectDetails details = queries.get(project, baerum.buyer().user());
        assertThat(details.mandates()).extracting(MandateView::versionNumber).containsExactly(1, 2);
        mvc.perform(get(mandate).with(user(baerum.leader().details())))
                .andExpect(content()
                        .string(allOf(
                                containsString("Versjon 2 venter på signatur"),
                                containsString("Første mål"),
                                containsString("Andre mål"),
                                containsString(firstHash),
                                containsString("Les gjennom og signer versjon 2"))));
    }

    @Test
    void theLeaderPageListsMandatesWaitingForThatLeaderOnly() throws Exception {
        mvc.perform(draft("Mål", "100", "2027-01-01", "2027-12-31"));
        mvc.perform(ready(1));
        mvc.perform(get("/leader").with(user(baerum.leader().details())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Venter på din signatur"),
                                containsString("Les og signer: Mandatside"),
                                containsString("href=\"" + mandate + "\""),
                                containsString("Berit Innkjøper"))));
        mvc.perform(get("/leader").with(user(other.leader().details())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                not(containsString("Mandatside")),
                                containsString("Ingen mandater venter på signatur."))));
        mvc.perform(get("/leader").with(user(baerum.buyer().details()))).andExpect(status().isForbidden());
    }
}
