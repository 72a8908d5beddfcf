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

import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.innomotor.audit.AuditEntry;
import no.innomotor.audit.AuditManagement;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Linking an OpenID Connect identity to an account from the profile page, and signing in with it afterwards — as
 * ID-porten does, with a subject and no e-mail address — against the fake provider on a dynamic port.
 */
@InnomotorTest
class IdentityLinkingTests {

    private static final FakeOidcProvider PROVIDER = new FakeOidcProvider();

    @DynamicPropertySource
    static void registration(DynamicPropertyRegistry properties) {
        PROVIDER.register(properties, "idporten", "ID-porten");
        PROVIDER.register(properties, "entra", "Entra ID");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop();
    }

    /** What ID-porten's ID token holds besides {@code sub}: a national identity number, and no e-mail address. */
    private static final Map<String, Object> ID_PORTEN_CLAIMS =
            Map.of("pid", "01017012345", "acr", "idporten-loa-high");

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationFixtures fixtures;

    @Autowired
    LinkedIdentityRepository identities;

    @Autowired
    AuditManagement audit;

    private static String subject() {
        return "pairwise-" + UUID.randomUUID();
    }

    private PersonSummary person(String name) {
        OrganisationSummary org = fixtures.organisation(OrganisationType.MUNICIPALITY, name + " kommune");
        return fixtures.person(name, org.id(), Role.BUYER);
    }

    /** A session signed in on the login page, with the person's password. */
    private MockHttpSession signedInLocally(PersonSummary person) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login")
                        .param("username", person.email())
                        .param("password", OrganisationFixtures.PASSWORD)
                        .with(csrf())
                        .session(session))
                .andExpect(redirectedUrl("/"));
        return session;
    }

    private static @Nullable Authentication authenticationIn(MockHttpSession session) {
        SecurityContext context = (SecurityContext)
                session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context == null ? null : context.getAuthentication();
    }

    /** "Link …" on the profile page, then the provider's answer for {@code subject}; returns where the person lands. */
    private String link(MockHttpSession session, String registration, String subject) throws Exception {
        String start = mvc.perform(
                        post("/profile/link/" + registration).with(csrf()).session(session))
                .andExpect(redirectedUrl("/oauth2/authorization/" + registration))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String location = mvc.perform(get(start).session(session))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith(PROVIDER.url() + "/authorize?");
        return PROVIDER.answer(mvc, registration, session, location, subject, ID_PORTEN_CLAIMS);
    }

    private String signInWithIdPorten(MockHttpSession session, String subject) throws Exception {
        return PROVIDER.signIn(mvc, "idporten", session, subject, ID_PORTEN_CLAIMS);
    }

    @Test
    void aLinkedIdentitySignsThePersonInWithoutAnEmailAddress() throws Exception {
        PersonSummary person = person("Lina Lenke");
        MockHttpSession session = signedInLocally(person);
        Authentication before = authenticationIn(session);
        String subject = subject();

        assertThat(link(session, "idporten", subject)).isEqualTo("/profile");

        // Still signed in exactly as before: linking does not switch who is signed in, or how.
        Authentication after = authenticationIn(session);
        assertThat(after).isInstanceOf(UsernamePasswordAuthenticationToken.class);
        assertThat(((CurrentUser) after.getPrincipal()).personId()).isEqualTo(person.id());
        assertThat(after.getPrincipal()).isEqualTo(before.getPrincipal());
        mvc.perform(get("/profile").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Innloggingstjenesten er koblet til kontoen din.")))
                .andExpect(content().string(containsString("<td>ID-porten</td>")))
                .andExpect(content().string(containsString("Koble fra ID-porten")))
                .andExpect(content().string(not(containsString(subject))))
                .andExpect(content().string(not(containsString("01017012345"))));
        assertThat(identities.findByRegistrationIdAndSubject("idporten", subject))
                .hasValueSatisfying(identity -> assertThat(identity.personId()).isEqualTo(person.id()));

        MockHttpSession elsewhere = new MockHttpSession();
        assertThat(signInWithIdPorten(elsewhere, subject)).isEqualTo("/");
        CurrentUser user = (CurrentUser) authenticationIn(elsewhere).getPrincipal();
        assertThat(user.personId()).isEqualTo(person.id());
        mvc.perform(get("/profile").session(elsewhere))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(person.email())));
    }

    @Test
    void anUnknownSubjectWithoutAnEmailAddressIsRefusedWithTheWayToLinkIt() throws Exception {
        MockHttpSession session = new MockHttpSession();
        assertThat(signInWithIdPorten(session, subject())).isEqualTo("/login?oidc=email-not-verified");
        assertThat(authenticationIn(session)).isNull();
        mvc.perform(get("/login").param("oidc", "email-not-verified"))
                .andExpect(
                        content().string(containsString("koble til tjenesten under «Innloggingsmåter» på profilen")));
        mvc.perform(get("/login").param("oidc", "email-not-verified").param("lang", "en"))
                .andExpect(content().string(containsString("link the service under \"Sign-in methods\"")));
    }

    @Test
    void aVerifiedAddressStillSignsInWhenNothingIsLinked() throws Exception {
        PersonSummary person = person("Vera Verifisert");
        MockHttpSession session = new MockHttpSession();
        assertThat(PROVIDER.signIn(
                        mvc, "entra", session, subject(), Map.of("email", person.email(), "email_verified", true)))
                .isEqualTo("/");
        assertThat(((CurrentUser) authenticationIn(session).getPrincipal()).personId())
                .isEqualTo(person.id());
    }

    @Test
    void aLinkedSubjectWinsOverTheAddressTheProviderGives() throws Exception {
        PersonSummary person = person("Sigrid Subjekt");
        PersonSummary other = person("Ola Annen");
        String subject = subject();
        link(signedInLocally(person), "entra", subject);
        MockHttpSession session = new MockHttpSession();
        assertThat(PROVIDER.signIn(
                        mvc, "entra", session, subject, Map.of("email", other.email(), "email_verified", true)))
                .isEqualTo("/");
        assertThat(((CurrentUser) authenticationIn(session).getPrincipal()).personId())
                .isEqualTo(person.id());
    }

    @Test
    void unlinkingStopsTheSignInAndIsAudited() throws Exception {
        PersonSummary person = person("Ulrik Ulenket");
        MockHttpSession session = signedInLocally(person);
        String subject = subject();
        link(session, "idporten", subject);
        mvc.perform(get("/profile").session(session)).andExpect(status().isOk());
        UUID id = identities
                .findByRegistrationIdAndSubject("idporten", subject)
                .orElseThrow()
                .id();

        mvc.perform(post("/profile/identities/" + id + "/unlink").with(csrf()).session(session))
                .andExpect(redirectedUrl("/profile"));
        mvc.perform(get("/profile").session(session))
                .andExpect(content().string(containsString("Innloggingstjenesten er koblet fra.")))
                .andExpect(content().string(containsString("Koble til ID-porten")));
        assertThat(identities.findById(id)).isEmpty();
        assertThat(signInWithIdPorten(new MockHttpSession(), subject)).isEqualTo("/login?oidc=email-not-verified");

        List<AuditEntry> timeline = audit.timeline("person", person.id().toString());
        assertThat(timeline).extracting(AuditEntry::action).containsSubsequence("identity.linked", "identity.unlinked");
        assertThat(timeline)
                .allSatisfy(entry ->
                        assertThat(entry.summary()).doesNotContain(subject).doesNotContain("01017012345"));
    }

    @Test
    void anotherPersonCannotLinkAnIdentityThatIsAlreadyLinked() throws Exception {
        PersonSummary owner = person("Eva Eier");
        PersonSummary intruder = person("Inge Inntrenger");
        String subject = subject();
        link(signedInLocally(owner), "idporten", subject);

        MockHttpSession session = signedInLocally(intruder);
        assertThat(link(session, "idporten", subject)).isEqualTo("/profile");
        assertThat(((CurrentUser) authenticationIn(session).getPrincipal()).personId())
                .isEqualTo(intruder.id());
        mvc.perform(get("/profile").session(session))
                .andExpect(content().string(containsString("allerede koblet til en annen konto i Innomotor")))
                .andExpect(content().string(containsString("Ingen innloggingstjenester er koblet til kontoen din.")));
        assertThat(identities.findByPersonIdOrderByLinkedAtAsc(intruder.id().value()))
                .isEmpty();

        MockHttpSession signIn = new MockHttpSession();
        signInWithIdPorten(signIn, subject);
        assertThat(((CurrentUser) authenticationIn(signIn).getPrincipal()).personId())
                .isEqualTo(owner.id());
    }

    @Test
    void thePendingLinkWorksOnceOnly() throws Exception {
        PersonSummary person = person("Engang Lenke");
        MockHttpSession session = signedInLocally(person);
        link(session, "idporten", subject());
        // Another answer from the provider in the same session is an ordinary sign-in, which this subject is not.
        assertThat(signInWithIdPorten(session, subject())).isEqualTo("/login?oidc=email-not-verified");
        assertThat(identities.findByPersonIdOrderByLinkedAtAsc(person.id().value()))
                .hasSize(1);
    }

    @Test
    void aPendingLinkIsNotUsedWhenTheSessionNowBelongsToSomeoneElse() throws Exception {
        PersonSummary first = person("Første Bruker");
        PersonSummary second = person("Andre Bruker");
        MockHttpSession session = signedInLocally(first);
        String location = mvc.perform(get(mvc.perform(post("/profile/link/idporten")
                                        .with(csrf())
                                        .session(session))
                                .andReturn()
                                .getResponse()
                                .getRedirectedUrl())
                        .session(session))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(post("/login")
                        .param("username", second.email())
                        .param("password", OrganisationFixtures.PASSWORD)
                        .with(csrf())
                        .session(session))
                .andExpect(redirectedUrl("/"));

        assertThat(PROVIDER.answer(mvc, "idporten", session, location, subject(), ID_PORTEN_CLAIMS))
                .isEqualTo("/profile");
        assertThat(((CurrentUser) authenticationIn(session).getPrincipal()).personId())
                .isEqualTo(second.id());
        assertThat(identities.findByPersonIdOrderByLinkedAtAsc(first.id().value()))
                .isEmpty();
        assertThat(identities.findByPersonIdOrderByLinkedAtAsc(second.id().value()))
                .isEmpty();
        mvc.perform(get("/profile").session(session))
                .andExpect(content().string(containsString("Innloggingstjenesten ble ikke koblet til")));
    }

    @Test
    void aSignInThatFailsAtTheProviderUsesThePendingLinkUp() throws Exception {
        PersonSummary person = person("Avbrutt Lenke");
        MockHttpSession session = signedInLocally(person);
        mvc.perform(post("/profile/link/idporten").with(csrf()).session(session));
        mvc.perform(get("/oauth2/authorization/idporten").session(session));
        mvc.perform(get("/login/oauth2/code/idporten")
                        .param("error", "access_denied")
                        .param("state", "whatever")
                        .session(session))
                .andExpect(redirectedUrl("/profile"));
        mvc.perform(get("/profile").session(session))
                .andExpect(content().string(containsString("Innloggingstjenesten ble ikke koblet til")));
        // The next answer is an ordinary sign-in again.
        assertThat(signInWithIdPorten(session, subject())).isEqualTo("/login?oidc=email-not-verified");
        assertThat(identities.findByPersonIdOrderByLinkedAtAsc(person.id().value()))
                .isEmpty();
    }

    @Test
    void linkingNeedsASignedInPersonTheCsrfTokenAndAConfiguredProvider() throws Exception {
        PersonSummary person = person("Sikker Lenke");
        mvc.perform(post("/profile/link/idporten").with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login"));
        MockHttpSession session = signedInLocally(person);
        mvc.perform(post("/profile/link/idporten").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/profile/link/ukjent").with(csrf()).session(session)).andExpect(status().isNotFound());
        // Without a pending link, the provider's answer is an ordinary sign-in: nothing is linked to anyone.
        assertThat(signInWithIdPorten(session, subject())).isEqualTo("/login?oidc=email-not-verified");
        assertThat(identities.findByPersonIdOrderByLinkedAtAsc(person.id().value()))
                .isEmpty();
    }

    @Test
    void aProviderAlreadyLinkedIsNotOfferedAgain() throws Exception {
        PersonSummary person = person("Dobbel Lenke");
        MockHttpSession session = signedInLocally(person);
        link(session, "idporten", subject());
        mvc.perform(get("/profile").session(session))
                .andExpect(content().string(not(containsString("action=\"/profile/link/idporten\""))))
                .andExpect(content().string(containsString("action=\"/profile/link/entra\"")));
        mvc.perform(post("/profile/link/idporten").with(csrf()).session(session))
                .andExpect(redirectedUrl("/profile"));
        mvc.perform(get("/profile").session(session))
                .andExpect(content().string(containsString("Du har allerede koblet til denne innloggingstjenesten.")));
    }

    @Test
    void nobodyCanUnlinkSomeoneElsesIdentity() throws Exception {
        PersonSummary owner = person("Olav Eier");
        PersonSummary other = person("Petra Annen");
        String subject = subject();
        link(signedInLocally(owner), "idporten", subject);
        UUID id = identities
                .findByRegistrationIdAndSubject("idporten", subject)
                .orElseThrow()
                .id();
        mvc.perform(post("/profile/identities/" + id + "/unlink").with(csrf()).with(fixtures.as(other)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/profile/identities/" + id + "/unlink").with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login"));
        assertThat(identities.findById(id)).isPresent();
    }

    @Test
    void aPasswordChangeEndsASessionOpenedThroughTheProviderToo() throws Exception {
        PersonSummary person = person("Øyvind Økt");
        MockHttpSession local = signedInLocally(person);
        String subject = subject();
        link(local, "idporten", subject);
        MockHttpSession throughIdPorten = new MockHttpSession();
        assertThat(signInWithIdPorten(throughIdPorten, subject)).isEqualTo("/");
        mvc.perform(get("/profile").session(throughIdPorten)).andExpect(status().isOk());

        mvc.perform(post("/profile/password")
                        .param("currentPassword", OrganisationFixtures.PASSWORD)
                        .param("password", "et-nytt-langt-passord")
                        .param("passwordConfirm", "et-nytt-langt-passord")
                        .with(csrf())
                        .session(local))
                .andExpect(redirectedUrl("/profile"));

        mvc.perform(get("/profile").session(throughIdPorten)).andExpect(redirectedUrl("/signed-out"));
        assertThat(throughIdPorten.isInvalid()).isTrue();
        mvc.perform(get("/profile").session(local)).andExpect(status().isOk());
    }
}
