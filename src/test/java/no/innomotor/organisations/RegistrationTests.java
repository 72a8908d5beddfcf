package no.innomotor.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.innomotor.audit.AuditEntry;
import no.innomotor.audit.AuditManagement;
import no.innomotor.organisations.OrganisationEvents.RegistrationConfirmationRequested;
import no.innomotor.organisations.OrganisationEvents.RegistrationTriedForKnownAddress;
import no.innomotor.shared.OrgNumber;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import no.innomotor.testing.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@InnomotorTest
@RecordApplicationEvents
class RegistrationTests {

    private static final String BASE = "http://localhost:8080";

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationsManagement organisations;

    @Autowired
    AuditManagement audit;

    @Autowired
    ApplicationEvents events;

    private Map<String, String> validCompany() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("orgNumber", TestData.orgNumber());
        form.put("name", "Fjordsensor AS");
        form.put("type", "COMPANY");
        form.put("nutsCode", "NO0A2");
        form.put("sector", "Sensorteknologi");
        form.put("personName", "Siri Selger");
        form.put("email", TestData.email("siri"));
        form.put("password", "lang-nok-passord-1");
        form.put("passwordConfirm", "lang-nok-passord-1");
        form.put("role", "SUPPLIER");
        return form;
    }

    private Map<String, String> validMunicipality() {
        Map<String, String> form = validCompany();
        form.put("name", "Nyby kommune");
        form.put("type", "MUNICIPALITY");
        form.put("personName", "Berit Innkjøper");
        form.put("email", TestData.email("berit"));
        form.put("role", "BUYER");
        return form;
    }

    private static MockHttpServletRequestBuilder register(Map<String, String> form) {
        MockHttpServletRequestBuilder request = post("/register").with(csrf());
        form.forEach(request::param);
        return request;
    }

    /** The path of the confirmation link mailed to {@code email} (the newest one). */
    private String confirmLink(String email) {
        List<RegistrationConfirmationRequested> sent = events.stream(RegistrationConfirmationRequested.class)
                .filter(e -> e.email().equals(Person.normalise(email)))
                .toList();
        assertThat(sent).as("a confirmation link for " + email).isNotEmpty();
        String link = sent.get(sent.size() - 1).confirmLink();
        assertThat(link).startsWith(BASE + "/register/confirm/");
        return link.substring(BASE.length());
    }

    /** Registers and follows the mailed link, as the registrant would: the result of finishing. */
    private MvcResult registerAndConfirm(Map<String, String> form) throws Exception {
        mvc.perform(register(form)).andExpect(redirectedUrl("/register/sent"));
        String link = confirmLink(form.get("email"));
        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("E-postadressen er bekreftet.")));
        return mvc.perform(post(link).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
    }

    private static CurrentUser signedIn(MvcResult result) {
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        assertThat(session).as("a session was created").isNotNull();
        SecurityContext context = (SecurityContext)
                session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(context).as("the person is signed in").isNotNull();
        return (CurrentUser) context.getAuthentication().getPrincipal();
    }

    @Test
    void theRegistrationFormIsOpenToAnyoneAndOffersTheCountiesOfTheEformsSdk() throws Exception {
        mvc.perform(get("/register"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "<h1 class=\"ds-heading\" data-size=\"lg\">Registrer organisasjon</h1>")))
                .andExpect(content().string(containsString("<option value=\"NO0A2\"")))
                .andExpect(content().string(containsString(">Vestland</option>")))
                .andExpect(content().string(containsString("<label class=\"ds-label\" for=\"orgNumber\">")))
                // OTHER is set up by administrators, not registered by the public.
                .andExpect(content().string(not(containsString("value=\"OTHER\""))));
    }

    @Test
    void aCompanyIsApprovedAtOnceAndTheRegistrantIsSignedInAsItsSupplier() throws Exception {
        Map<String, String> form = validCompany();
        MvcResult result = registerAndConfirm(form);

        OrganisationSummary org = organisations
                .findByOrgNumber(new OrgNumber(form.get("orgNumber")))
                .orElseThrow();
        assertThat(org.status()).isEqualTo(OrganisationStatus.APPROVED);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/organisations/" + org.id());
        CurrentUser user = signedIn(result);
        assertThat(user.email()).isEqualTo(form.get("email"));
        assertThat(user.hasRole(org.id(), Role.SUPPLIER)).isTrue();

        mvc.perform(get("/organisations/" + org.id())
                        .session((MockHttpSession) result.getRequest().getSession()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Organisasjonen er registrert, og du er logget inn.")))
                .andExpect(content().string(containsString("Fjordsensor AS")))
                .andExpect(content().string(containsString("Godkjent")));
    }

    @Test
    void aMunicipalityWaitsForApprovalAndTheRegistrantsRoleDoesNotCountYet() throws Exception {
        Map<String, String> form = validMunicipality();
        MvcResult result = registerAndConfirm(form);

        OrganisationSummary org = organisations
                .findByOrgNumber(new OrgNumber(form.get("orgNumber")))
                .orElseThrow();
        assertThat(org.status()).isEqualTo(OrganisationStatus.PENDING);
        CurrentUser user = signedIn(result);
        assertThat(user.memberships()).singleElement().satisfies(m -> {
            assertThat(m.organisationId()).isEqualTo(org.id());
            assertThat(m.roles()).containsExactly(Role.BUYER);
            assertThat(m.approved()).isFalse();
        });
        assertThat(user.hasRole(org.id(), Role.BUYER)).isFalse();

        mvc.perform(get("/organisations/" + org.id())
                        .session((MockHttpSession) result.getRequest().getSession()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Venter på godkjenning")))
                .andExpect(content().string(containsString("Du kan invitere andre når organisasjonen er godkjent.")));
    }

    @Test
    void registrationIsRecordedInTheAuditTrailWithTheRegistrantAsActor() throws Exception {
        Map<String, String> form = validMunicipality();
        registerAndConfirm(form);
        OrganisationSummary org = organisations
                .findByOrgNumber(new OrgNumber(form.get("orgNumber")))
                .orElseThrow();
        PersonSummary person =
                organisations.findPersonByEmail(form.get("email")).orElseThrow();
        assertThat(audit.timeline("organisation", org.id().toString()))
                .extracting(AuditEntry::action)
                .containsExactly("organisation.registered");
        assertThat(audit.timeline("organisation", org.id().toString()).get(0).actor())
                .isEqualTo(person.id());
        assertThat(audit.timeline("person", person.id().toString()))
                .extracting(AuditEntry::action)
                .containsExactly("person.registered", "role.granted");
    }

    @Test
    void anOrganisationNumberWithSpacesIsAccepted() throws Exception {
        Map<String, String> form = validCompany();
        String digits = form.get("orgNumber");
        form.put("orgNumber", digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6));
        registerAndConfirm(form);
        assertThat(organisations.findByOrgNumber(new OrgNumber(digits))).isPresent();
    }

    @Test
    void aWrongCheckDigitIsShownAtTheFieldWith422AndNothingIsSaved() throws Exception {
        Map<String, String> form = validCompany();
        String valid = form.get("orgNumber");
        String wrong = valid.substring(0, 8) + (char) ('0' + (valid.charAt(8) - '0' + 1) % 10);
        form.put("orgNumber", wrong);
        mvc.perform(register(form))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"orgNumber-error\"")))
                .andExpect(content().string(containsString("riktig kontrollsiffer")))
                .andExpect(content().string(containsString("href=\"#orgNumber\"")))
                // What was typed comes back, except the passwords.
                .andExpect(content().string(containsString("value=\"Fjordsensor AS\"")))
                .andExpect(content().string(not(containsString("lang-nok-passord-1"))));
        assertThat(organisations.findPersonByEmail(form.get("email"))).isEmpty();
    }

    @Test
    void aDuplicateOrganisationNumberIsRefusedAndTheSecondAccountIsNotCreated() throws Exception {
        Map<String, String> first = validCompany();
        registerAndConfirm(first);
        Map<String, String> second = validCompany();
        second.put("orgNumber", first.get("orgNumber"));
        mvc.perform(register(second))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Organisasjonen er allerede registrert.")));
        assertThat(organisations.findPersonByEmail(second.get("email"))).isEmpty();
    }

    @Test
    void aKnownAddressIsAnsweredAsANewOneItsOwnerIsToldAndNothingIsCreated() throws Exception {
        Map<String, String> first = validCompany();
        registerAndConfirm(first);
        PersonSummary owner =
                organisations.findPersonByEmail(first.get("email")).orElseThrow();

        Map<String, String> known = validCompany();
        known.put("email", first.get("email").toUpperCase());
        Map<String, String> fresh = validCompany();
        MvcResult knownAnswer = mvc.perform(register(known))
                .andExpect(redirectedUrl("/register/sent"))
                .andReturn();
        MvcResult freshAnswer = mvc.perform(register(fresh))
                .andExpect(redirectedUrl("/register/sent"))
                .andReturn();
        // The same status, the same place, and the same page (but for the address typed) either way.
        assertThat(knownAnswer.getResponse().getStatus())
                .isEqualTo(freshAnswer.getResponse().getStatus());
        String knownPage = sentPage(knownAnswer).replace(known.get("email"), "ADDRESS");
        String freshPage = sentPage(freshAnswer).replace(fresh.get("email"), "ADDRESS");
        assertThat(stripNonces(knownPage)).isEqualTo(stripNonces(freshPage));
        assertThat(knownPage).contains("Sjekk e-posten din").doesNotContain("finnes allerede");

        // The owner is told (by mail, see SmtpMailTests), the attempt is audited, and nothing is created.
        assertThat(events.stream(RegistrationTriedForKnownAddress.class))
                .singleElement()
                .satisfies(tried -> assertThat(tried.person()).isEqualTo(owner.id()));
        assertThat(events.stream(RegistrationConfirmationRequested.class)
                        .filter(e -> e.email().equals(owner.email())))
                .hasSize(1);
        assertThat(organisations.findByOrgNumber(new OrgNumber(known.get("orgNumber"))))
                .isEmpty();
        assertThat(audit.timeline("person", owner.id().toString()))
                .extracting(AuditEntry::action)
                .contains("registration.known-address");
    }

    private String sentPage(MvcResult answer) throws Exception {
        return mvc.perform(get("/register/sent").flashAttrs(answer.getFlashMap()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String stripNonces(String page) {
        return page.replaceAll("(nonce|value|content)=\"[^\"]{20,}\"", "")
                .replaceAll("\"inlineScriptNonce\": \"[^\"]*\"", "")
                .replaceAll("nonce-[A-Za-z0-9+/=]+", "");
    }

    @Test
    void nothingIsCreatedUntilTheLinkIsFollowedAndTheLinkWorksOnce() throws Exception {
        Map<String, String> form = validCompany();
        mvc.perform(register(form)).andExpect(redirectedUrl("/register/sent"));
        assertThat(organisations.findPersonByEmail(form.get("email"))).isEmpty();
        assertThat(organisations.findByOrgNumber(new OrgNumber(form.get("orgNumber"))))
                .isEmpty();

        String link = confirmLink(form.get("email"));
        // Opening the link (as a mail scanner would) creates nothing: finishing is a button.
        mvc.perform(get(link)).andExpect(status().isOk());
        assertThat(organisations.findPersonByEmail(form.get("email"))).isEmpty();

        mvc.perform(post(link).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(organisations.findPersonByEmail(form.get("email"))).isPresent();
        mvc.perform(post(link).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Lenken virker ikke")));
        mvc.perform(get(link)).andExpect(status().isNotFound());
        mvc.perform(get("/register/confirm/" + "x".repeat(43))).andExpect(status().isNotFound());
        mvc.perform(get("/register/confirm/kort")).andExpect(status().isNotFound());
    }

    @Test
    void aLinkWhoseOrganisationWasRegisteredMeanwhileIsRefused() throws Exception {
        Map<String, String> first = validCompany();
        Map<String, String> second = validCompany();
        second.put("orgNumber", first.get("orgNumber"));
        mvc.perform(register(first)).andExpect(redirectedUrl("/register/sent"));
        mvc.perform(register(second)).andExpect(redirectedUrl("/register/sent"));
        String firstLink = confirmLink(first.get("email"));
        String secondLink = confirmLink(second.get("email"));
        mvc.perform(post(secondLink).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post(firstLink).with(csrf())).andExpect(status().isNotFound());
        assertThat(organisations.findPersonByEmail(first.get("email"))).isEmpty();
    }

    @Test
    void anEmptyFormShowsAnErrorAtEveryRequiredField() throws Exception {
        mvc.perform(post("/register").with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Skjemaet har feil som må rettes")))
                .andExpect(content().string(containsString("id=\"orgNumber-error\"")))
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("id=\"type-error\"")))
                .andExpect(content().string(containsString("id=\"nutsCode-error\"")))
                .andExpect(content().string(containsString("id=\"personName-error\"")))
                .andExpect(content().string(containsString("id=\"email-error\"")))
                .andExpect(content().string(containsString("id=\"password-error\"")))
                .andExpect(content().string(containsString("id=\"passwordConfirm-error\"")))
                .andExpect(content().string(containsString("id=\"role-error\"")))
                .andExpect(content().string(not(containsString("id=\"sector-error\""))));
    }

    @Test
    void theErrorSummaryListsTheErrorsInTheOrderOfTheForm() throws Exception {
        Map<String, String> form = validCompany();
        form.put("orgNumber", "123456789");
        form.put("personName", "");
        form.put("password", "kort");
        form.put("passwordConfirm", "kort");
        String page = mvc.perform(register(form))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page.indexOf("href=\"#orgNumber\"")).isPositive().isLessThan(page.indexOf("href=\"#personName\""));
        assertThat(page.indexOf("href=\"#personName\"")).isLessThan(page.indexOf("href=\"#password\""));
    }

    @Test
    void oversizedFieldsAreRefused() throws Exception {
        Map<String, String> form = validCompany();
        form.put("name", "x".repeat(201));
        form.put("sector", "y".repeat(201));
        form.put("email", "a".repeat(250) + "@x.no");
        mvc.perform(register(form))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"name-error\"")))
                .andExpect(content().string(containsString("id=\"sector-error\"")))
                .andExpect(content().string(containsString("id=\"email-error\"")))
                .andExpect(content().string(containsString("Teksten kan være høyst 200 tegn.")));
        assertThat(organisations.findByOrgNumber(new OrgNumber(form.get("orgNumber"))))
                .isEmpty();
    }

    @Test
    void aPasswordShorterThanTwelveCharactersOrNotRepeatedExactlyIsRefused() throws Exception {
        Map<String, String> form = validCompany();
        form.put("password", "kort-pass11");
        form.put("passwordConfirm", "kort-pass11");
        mvc.perform(register(form))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Passordet må ha minst 12 tegn.")));
        form.put("password", "akkurat-tolv");
        form.put("passwordConfirm", "akkurat-tol");
        mvc.perform(register(form))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(not(containsString("Passordet må ha minst 12 tegn."))))
                .andExpect(content().string(containsString("Passordene er ikke like.")));
        form.put("passwordConfirm", "akkurat-tolv");
        mvc.perform(register(form)).andExpect(redirectedUrl("/register/sent"));
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefused() throws Exception {
        Map<String, String> form = validCompany();
        form.put("password", "æ".repeat(37));
        form.put("passwordConfirm", "æ".repeat(37));
        mvc.perform(register(form))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Passordet er for langt.")));
    }

    @Test
    void theRoleMustFitTheTypeOfOrganisation() throws Exception {
        Map<String, String> supplierInMunicipality = validMunicipality();
        supplierInMunicipality.put("role", "SUPPLIER");
        mvc.perform(register(supplierInMunicipality))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"role-error\"")));
        Map<String, String> adminOfCompany = validCompany();
        adminOfCompany.put("role", "ADMIN");
        mvc.perform(register(adminOfCompany)).andExpect(status().isUnprocessableContent());
        Map<String, String> topLeader = validMunicipality();
        topLeader.put("role", "TOP_LEADER");
        mvc.perform(register(topLeader)).andExpect(redirectedUrl("/register/sent"));
    }

    @Test
    void typeOtherAndUnknownCountiesCannotBeRegistered() throws Exception {
        Map<String, String> other = validCompany();
        other.put("type", "OTHER");
        mvc.perform(register(other))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"type-error\"")));
        Map<String, String> abroad = validCompany();
        abroad.put("nutsCode", "SE110");
        mvc.perform(register(abroad))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"nutsCode-error\"")));
    }

    @Test
    void errorsAreShownInNynorskAndEnglish() throws Exception {
        Map<String, String> form = validCompany();
        form.put("orgNumber", "123");
        mvc.perform(register(form).param("lang", "nn"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("<html lang=\"nn\"")))
                .andExpect(content().string(containsString("rett kontrollsiffer")));
        mvc.perform(register(form).param("lang", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(content().string(containsString("a correct check digit")));
        form.put("email", "");
        mvc.perform(register(form).param("lang", "en"))
                .andExpect(content().string(containsString("Enter the e-mail address.")));
    }

    @Test
    void registeringWithoutTheCsrfTokenIsRefused() throws Exception {
        Map<String, String> form = validCompany();
        MockHttpServletRequestBuilder request = post("/register");
        form.forEach(request::param);
        mvc.perform(request).andExpect(status().isForbidden());
        assertThat(organisations.findPersonByEmail(form.get("email"))).isEmpty();
    }

    @Test
    void theServiceRefusesARoleThatDoesNotBelongToTheTypeEvenWhenCalledDirectly() {
        RegisterWithAccount command = new RegisterWithAccount(
                new RegisterOrganisation(
                        new OrgNumber(TestData.orgNumber()),
                        "Direkte kommune",
                        OrganisationType.MUNICIPALITY,
                        "NO081",
                        null),
                "Direkte Person",
                TestData.email("direkte"),
                "lang-nok-passord-1",
                Role.ADMIN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> organisations.registerWithAccount(command))
                .isInstanceOf(RoleNotAllowed.class);
        assertThat(organisations.findByOrgNumber(command.organisation().orgNumber()))
                .isEmpty();
        assertThat(organisations.findPersonByEmail(command.email())).isEmpty();
    }
}
