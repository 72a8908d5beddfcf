package no.innomotor.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import no.innomotor.organisations.OrganisationEvents.PasswordResetRequested;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import no.innomotor.testing.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A changed password — through a reset link or on the profile page — ends every other session of the person: each
 * is signed out on its next request. Sessions are real ones, opened on the login page or by registering.
 */
@InnomotorTest
@RecordApplicationEvents
class SessionsEndOnPasswordChangeTests {

    private static final String NEW_PASSWORD = "et-helt-nytt-passord";

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationFixtures fixtures;

    @Autowired
    ApplicationEvents events;

    private PersonSummary person(String name) {
        OrganisationSummary org = fixtures.organisation(OrganisationType.COMPANY, name + " AS");
        return fixtures.person(name, org.id(), Role.SUPPLIER);
    }

    private MockHttpSession signedIn(String email, String password) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login")
                        .param("username", email)
                        .param("password", password)
                        .with(csrf())
                        .session(session))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/profile").session(session)).andExpect(status().isOk());
        return session;
    }

    /** The session is signed out: its next request is sent to the page that says why, and the session is gone. */
    private void isSignedOut(MockHttpSession session) throws Exception {
        mvc.perform(get("/profile").session(session)).andExpect(redirectedUrl("/signed-out"));
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/signed-out"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Passordet til kontoen din ble endret")));
    }

    private String resetLink(String email, MockHttpSession session) throws Exception {
        mvc.perform(post("/password/forgot").param("email", email).with(csrf()).session(session))
                .andExpect(redirectedUrl("/password/forgot?sent"));
        List<PasswordResetRequested> sent = events.stream(PasswordResetRequested.class)
                .filter(e -> e.email().equals(email))
                .toList();
        String link = sent.get(sent.size() - 1).resetLink();
        return link.substring(link.indexOf("/password/reset/"));
    }

    @Test
    void aPasswordResetInOneSessionSignsTheOtherOutOnItsNextRequest() throws Exception {
        PersonSummary person = person("Tove Toøkt");
        MockHttpSession other = signedIn(person.email(), OrganisationFixtures.PASSWORD);
        MockHttpSession current = signedIn(person.email(), OrganisationFixtures.PASSWORD);

        String link = resetLink(person.email(), current);
        mvc.perform(post(link)
                        .param("password", NEW_PASSWORD)
                        .param("passwordConfirm", NEW_PASSWORD)
                        .with(csrf())
                        .session(current))
                .andExpect(redirectedUrl("/password/changed"));

        isSignedOut(other);
        mvc.perform(get("/profile").session(current)).andExpect(status().isOk());
    }

    @Test
    void aPasswordResetFromAnotherBrowserSignsOutEverySessionOfThePerson() throws Exception {
        PersonSummary person = person("Kari Kapret");
        PersonSummary bystander = person("Berit Bivåner");
        MockHttpSession first = signedIn(person.email(), OrganisationFixtures.PASSWORD);
        MockHttpSession second = signedIn(person.email(), OrganisationFixtures.PASSWORD);
        MockHttpSession unrelated = signedIn(bystander.email(), OrganisationFixtures.PASSWORD);

        MockHttpSession anonymous = new MockHttpSession();
        String link = resetLink(person.email(), anonymous);
        mvc.perform(post(link)
                        .param("password", NEW_PASSWORD)
                        .param("passwordConfirm", NEW_PASSWORD)
                        .with(csrf())
                        .session(anonymous))
                .andExpect(redirectedUrl("/password/changed"));

        isSignedOut(first);
        isSignedOut(second);
        mvc.perform(get("/profile").session(unrelated)).andExpect(status().isOk());
        signedIn(person.email(), NEW_PASSWORD);
    }

    @Test
    void aPasswordChangeOnTheProfilePageKeepsThisSessionAndEndsTheOthers() throws Exception {
        PersonSummary person = person("Petter Profil");
        MockHttpSession other = signedIn(person.email(), OrganisationFixtures.PASSWORD);
        MockHttpSession current = signedIn(person.email(), OrganisationFixtures.PASSWORD);

        mvc.perform(post("/profile/password")
                        .param("currentPassword", OrganisationFixtures.PASSWORD)
                        .param("password", NEW_PASSWORD)
                        .param("passwordConfirm", NEW_PASSWORD)
                        .with(csrf())
                        .session(current))
                .andExpect(redirectedUrl("/profile"));
        mvc.perform(get("/profile").session(current))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Passordet er byttet. Du er logget ut alle andre steder.")));
        isSignedOut(other);

        mvc.perform(post("/login")
                        .param("username", person.email())
                        .param("password", OrganisationFixtures.PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error"));
        signedIn(person.email(), NEW_PASSWORD);
    }

    @Test
    void theSessionOpenedByRegisteringEndsToo() throws Exception {
        String email = TestData.email("registrert");
        MockHttpSession registered = new MockHttpSession();
        mvc.perform(post("/register")
                        .with(csrf())
                        .session(registered)
                        .param("orgNumber", TestData.orgNumber())
                        .param("name", "Øktregistrert AS")
                        .param("type", "COMPANY")
                        .param("nutsCode", "NO0A2")
                        .param("personName", "Reidun Registrert")
                        .param("email", email)
                        .param("password", OrganisationFixtures.PASSWORD)
                        .param("passwordConfirm", OrganisationFixtures.PASSWORD)
                        .param("role", "SUPPLIER"))
                .andExpect(status().is3xxRedirection());
        String link = events.stream(OrganisationEvents.RegistrationConfirmationRequested.class)
                .filter(e -> e.email().equals(Person.normalise(email)))
                .findFirst()
                .orElseThrow()
                .confirmLink()
                .replaceFirst("^https?://[^/]+", "");
        mvc.perform(post(link).with(csrf()).session(registered)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/profile").session(registered)).andExpect(status().isOk());

        MockHttpSession current = signedIn(email, OrganisationFixtures.PASSWORD);
        mvc.perform(post("/profile/password")
                        .param("currentPassword", OrganisationFixtures.PASSWORD)
                        .param("password", NEW_PASSWORD)
                        .param("passwordConfirm", NEW_PASSWORD)
                        .with(csrf())
                        .session(current))
                .andExpect(redirectedUrl("/profile"));

        isSignedOut(registered);
    }

    @Test
    void aWrongCurrentPasswordChangesNothingAndEndsNoSession() throws Exception {
        PersonSummary person = person("Gunnar Gjetter");
        MockHttpSession other = signedIn(person.email(), OrganisationFixtures.PASSWORD);
        MockHttpSession current = signedIn(person.email(), OrganisationFixtures.PASSWORD);

        mvc.perform(post("/profile/password")
                        .param("currentPassword", "ikke-mitt-passord")
                        .param("password", NEW_PASSWORD)
                        .param("passwordConfirm", NEW_PASSWORD)
                        .with(csrf())
                        .session(current))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"currentPassword-error\"")))
                .andExpect(content().string(containsString("Passordet er feil. Skriv passordet du bruker nå.")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("ikke-mitt-passord"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(NEW_PASSWORD))));

        mvc.perform(get("/profile").session(other)).andExpect(status().isOk());
        signedIn(person.email(), OrganisationFixtures.PASSWORD);
    }

    @Test
    void theNewPasswordFollowsTheRulesAndIsRepeated() throws Exception {
        PersonSummary person = person("Regine Regel");
        MockHttpSession session = signedIn(person.email(), OrganisationFixtures.PASSWORD);
        mvc.perform(post("/profile/password")
                        .param("currentPassword", OrganisationFixtures.PASSWORD)
                        .param("password", "for-kort")
                        .param("passwordConfirm", "for-kort")
                        .with(csrf())
                        .session(session))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Passordet må ha minst 12 tegn.")));
        mvc.perform(post("/profile/password")
                        .param("currentPassword", OrganisationFixtures.PASSWORD)
                        .param("password", NEW_PASSWORD)
                        .param("passwordConfirm", NEW_PASSWORD + "x")
                        .with(csrf())
                        .session(session))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Passordene er ikke like.")));
        String empty = mvc.perform(post("/profile/password")
                        .with(csrf())
                        .param("lang", "en")
                        .session(session))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Enter the password you use now.")))
                .andExpect(content().string(containsString("id=\"password-error\"")))
                .andExpect(content().string(containsString("id=\"passwordConfirm-error\"")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // The error summary reads in the order of the form.
        assertThat(empty.indexOf("href=\"#currentPassword\""))
                .isPositive()
                .isLessThan(empty.indexOf("href=\"#password\""));
        assertThat(empty.indexOf("href=\"#password\"")).isLessThan(empty.indexOf("href=\"#passwordConfirm\""));
        signedIn(person.email(), OrganisationFixtures.PASSWORD);
    }

    @Test
    void afterFiveWrongCurrentPasswordsEvenTheRightOneIsRefusedForAWhile() throws Exception {
        PersonSummary person = person("Gjette Gjermund");
        MockHttpSession session = signedIn(person.email(), OrganisationFixtures.PASSWORD);
        for (int i = 0; i < AccountsManagement.MAX_WRONG_CURRENT_PASSWORDS; i++) {
            mvc.perform(post("/profile/password")
                            .param("currentPassword", "gjetning-" + i)
                            .param("password", NEW_PASSWORD)
                            .param("passwordConfirm", NEW_PASSWORD)
                            .with(csrf())
                            .session(session))
                    .andExpect(status().isUnprocessableContent());
        }
        mvc.perform(post("/profile/password")
                        .param("currentPassword", OrganisationFixtures.PASSWORD)
                        .param("password", NEW_PASSWORD)
                        .param("passwordConfirm", NEW_PASSWORD)
                        .with(csrf())
                        .session(session))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("For mange feil passord.")));
        signedIn(person.email(), OrganisationFixtures.PASSWORD);
    }

    @Test
    void changingThePasswordNeedsASignedInPersonAndTheCsrfToken() throws Exception {
        PersonSummary person = person("Csrf Christensen");
        mvc.perform(post("/profile/password")
                        .param("currentPassword", OrganisationFixtures.PASSWORD)
                        .param("password", NEW_PASSWORD)
                        .param("passwordConfirm", NEW_PASSWORD)
                        .with(csrf())
                        .accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login"));
        MockHttpSession session = signedIn(person.email(), OrganisationFixtures.PASSWORD);
        mvc.perform(post("/profile/password")
                        .param("currentPassword", OrganisationFixtures.PASSWORD)
                        .param("password", NEW_PASSWORD)
                        .param("passwordConfirm", NEW_PASSWORD)
                        .session(session))
                .andExpect(status().isForbidden());
        signedIn(person.email(), OrganisationFixtures.PASSWORD);
    }
}
