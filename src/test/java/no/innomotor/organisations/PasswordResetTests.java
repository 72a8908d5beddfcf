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

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import no.innomotor.audit.AuditEntry;
import no.innomotor.audit.AuditManagement;
import no.innomotor.organisations.OrganisationEvents.PasswordChanged;
import no.innomotor.organisations.OrganisationEvents.PasswordResetRequested;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import no.innomotor.testing.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@InnomotorTest
@RecordApplicationEvents
class PasswordResetTests {

    private static final String BASE = "http://localhost:8080";

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationFixtures fixtures;

    @Autowired
    PasswordResetRepository resets;

    @Autowired
    AuditManagement audit;

    @Autowired
    ApplicationEvents events;

    private PersonSummary person() {
        OrganisationSummary org = fixtures.organisation(OrganisationType.COMPANY, "Glemsk AS");
        return fixtures.person("Glenn Glemsk", org.id(), Role.SUPPLIER);
    }

    private List<PasswordResetRequested> requestsFor(String email) {
        return events.stream(PasswordResetRequested.class)
                .filter(e -> e.email().equals(email))
                .toList();
    }

    private String requestLink(String email) throws Exception {
        mvc.perform(post("/password/forgot").param("email", email).with(csrf()))
                .andExpect(redirectedUrl("/password/forgot?sent"));
        List<PasswordResetRequested> sent = requestsFor(email);
        assertThat(sent).as("a reset link for " + email).isNotEmpty();
        String link = sent.get(sent.size() - 1).resetLink();
        assertThat(link).startsWith(BASE + "/password/reset/");
        return link.substring(BASE.length());
    }

    private void logsIn(String email, String password, boolean expected) throws Exception {
        mvc.perform(post("/login")
                        .param("username", email)
                        .param("password", password)
                        .with(csrf()))
                .andExpect(redirectedUrl(expected ? "/" : "/login?error"));
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotTheAccountExists() throws Exception {
        PersonSummary person = person();
        String unknown = TestData.email("finnes-ikke");
        String known = mvc.perform(
                        post("/password/forgot").param("email", person.email()).with(csrf()))
                .andExpect(redirectedUrl("/password/forgot?sent"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String missing = mvc.perform(
                        post("/password/forgot").param("email", unknown).with(csrf()))
                .andExpect(redirectedUrl("/password/forgot?sent"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(known).isEqualTo(missing);
        assertThat(requestsFor(person.email())).hasSize(1);
        assertThat(requestsFor(unknown)).isEmpty();
        mvc.perform(get("/password/forgot").param("sent", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hvis det finnes en konto med den e-postadressen")));
    }

    @Test
    void theLinkSetsANewPasswordOnceAndTheOldPasswordStopsWorking() throws Exception {
        PersonSummary person = person();
        String link = requestLink(person.email());
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(resets.findByTokenHash(token)).isEmpty();
        assertThat(resets.findByTokenHash(Tokens.hash(token))).isPresent();

        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Velg nytt passord")));
        mvc.perform(post(link)
                        .param("password", "mitt-nye-passord")
                        .param("passwordConfirm", "mitt-nye-passord")
                        .with(csrf()))
                .andExpect(redirectedUrl("/password/changed"));
        mvc.perform(get("/password/changed")).andExpect(content().string(containsString("Passordet er endret")));

        logsIn(person.email(), "mitt-nye-passord", true);
        logsIn(person.email(), OrganisationFixtures.PASSWORD, false);
        mvc.perform(get(link))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Lenken virker ikke")));
        mvc.perform(post(link)
                        .param("password", "enda-et-passord")
                        .param("passwordConfirm", "enda-et-passord")
                        .with(csrf()))
                .andExpect(status().isNotFound());
        logsIn(person.email(), "mitt-nye-passord", true);
    }

    @Test
    void usingOneLinkClosesEveryOtherOpenLinkOfThePerson() throws Exception {
        PersonSummary person = person();
        String first = requestLink(person.email());
        String second = requestLink(person.email());
        mvc.perform(post(second)
                        .param("password", "mitt-nye-passord")
                        .param("passwordConfirm", "mitt-nye-passord")
                        .with(csrf()))
                .andExpect(redirectedUrl("/password/changed"));
        mvc.perform(get(first)).andExpect(status().isNotFound());
    }

    @Test
    void aNewPasswordMustFollowTheRulesAndBeRepeated() throws Exception {
        PersonSummary person = person();
        String link = requestLink(person.email());
        mvc.perform(post(link)
                        .param("password", "kort")
                        .param("passwordConfirm", "kort")
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Passordet må ha minst 12 tegn.")))
                .andExpect(content().string(not(containsString("value=\"kort\""))));
        mvc.perform(post(link)
                        .param("password", "mitt-nye-passord")
                        .param("passwordConfirm", "mitt-andre-passord")
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Passordene er ikke like.")));
        mvc.perform(post(link).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"password-error\"")))
                .andExpect(content().string(containsString("id=\"passwordConfirm-error\"")));
        logsIn(person.email(), OrganisationFixtures.PASSWORD, true);
        mvc.perform(get(link)).andExpect(status().isOk());
    }

    @Test
    void anExpiredOrUnknownLinkGetsTheSamePage() throws Exception {
        PersonSummary person = person();
        String expired = Tokens.newToken();
        Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
        resets.save(new PasswordReset(
                person.id(), Tokens.hash(expired), twoHoursAgo, twoHoursAgo.plus(AccountsManagement.RESET_VALID_FOR)));
        for (String token : List.of(expired, Tokens.newToken(), "tull")) {
            mvc.perform(get("/password/reset/" + token))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(containsString("Lenken for å velge nytt passord er ugyldig.")));
        }
        mvc.perform(post("/password/reset/" + expired)
                        .param("password", "mitt-nye-passord")
                        .param("passwordConfirm", "mitt-nye-passord")
                        .with(csrf()))
                .andExpect(status().isNotFound());
        logsIn(person.email(), OrganisationFixtures.PASSWORD, true);
    }

    @Test
    void theLinkIsValidForOneHourAndMadeInTheLanguageOfTheRequest() throws Exception {
        PersonSummary person = person();
        mvc.perform(post("/password/forgot")
                        .param("lang", "nn")
                        .param("email", person.email())
                        .with(csrf()))
                .andExpect(redirectedUrl("/password/forgot?sent"));
        PasswordResetRequested event = requestsFor(person.email()).get(0);
        assertThat(event.locale()).isEqualTo(Locale.forLanguageTag("nn"));
        assertThat(event.expiresAt())
                .isBetween(
                        Instant.now().plus(Duration.ofMinutes(59)),
                        Instant.now().plus(Duration.ofHours(1)));
    }

    @Test
    void atMostThreeLinksAnHourAreSentToOneAccount() throws Exception {
        PersonSummary person = person();
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/password/forgot").param("email", person.email()).with(csrf()))
                    .andExpect(redirectedUrl("/password/forgot?sent"));
        }
        assertThat(requestsFor(person.email())).hasSize(3);
    }

    @Test
    void requestAndChangeAreAuditedWithoutTheTokenOrThePassword() throws Exception {
        PersonSummary person = person();
        String link = requestLink(person.email());
        String token = link.substring(link.lastIndexOf('/') + 1);
        mvc.perform(post(link)
                        .param("password", "hemmelig-passord-1")
                        .param("passwordConfirm", "hemmelig-passord-1")
                        .with(csrf()))
                .andExpect(redirectedUrl("/password/changed"));
        List<AuditEntry> timeline = audit.timeline("person", person.id().toString());
        assertThat(timeline)
                .extracting(AuditEntry::action)
                .containsSubsequence("password.reset-requested", "password.changed");
        assertThat(timeline)
                .allSatisfy(entry ->
                        assertThat(entry.summary()).doesNotContain(token).doesNotContain("hemmelig-passord-1"));
        assertThat(events.stream(PasswordChanged.class).filter(e -> e.person().equals(person.id())))
                .hasSize(1);
        assertThat(requestsFor(person.email()).get(0).toString()).doesNotContain(token);
    }

    @Test
    void aMalformedAddressIsShownAtTheFieldButRevealsNothing() throws Exception {
        mvc.perform(post("/password/forgot").param("email", "ikke-en-adresse").with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"email-error\"")));
        mvc.perform(post("/password/forgot")
                        .param("lang", "en")
                        .param("email", "")
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Enter the e-mail address.")));
    }

    @Test
    void theFormsNeedTheCsrfToken() throws Exception {
        PersonSummary person = person();
        mvc.perform(post("/password/forgot").param("email", person.email())).andExpect(status().isForbidden());
        assertThat(requestsFor(person.email())).isEmpty();
    }
}
