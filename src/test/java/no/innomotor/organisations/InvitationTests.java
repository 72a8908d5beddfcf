package no.innomotor.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import no.innomotor.audit.AuditEntry;
import no.innomotor.audit.AuditManagement;
import no.innomotor.organisations.OrganisationEvents.MemberInvited;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import no.innomotor.testing.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@InnomotorTest
@RecordApplicationEvents
class InvitationTests {

    private static final String BASE = "http://localhost:8080";

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationFixtures fixtures;

    @Autowired
    OrganisationsManagement organisations;

    @Autowired
    InvitationRepository invitations;

    @Autowired
    AuditManagement audit;

    @Autowired
    ApplicationEvents events;

    private OrganisationSummary org;
    private PersonSummary buyer;

    private void municipalityWithBuyer(String name) {
        org = fixtures.organisation(OrganisationType.MUNICIPALITY, name);
        // Buyer and the organisation's top leader: only a top leader (or an administrator) may invite top leaders.
        buyer = fixtures.person("Inge Inviterer", org.id(), Role.BUYER, Role.TOP_LEADER);
    }

    /** A second person (an administrator, not the inviter) approves a top leader role waiting for approval. */
    private void approveTopLeader(PersonSummary person) throws Exception {
        assertThat(fixtures.principal(person).hasRole(org.id(), Role.TOP_LEADER))
                .as("a top leader waiting for approval signs nothing")
                .isFalse();
        mvc.perform(post("/organisations/" + org.id() + "/members/" + person.id() + "/roles/TOP_LEADER/approve")
                        .with(csrf())
                        .with(fixtures.as(fixtures.admin())))
                .andExpect(redirectedUrl("/organisations/" + org.id()));
    }

    /** Invites through the page, as {@code by}; returns the link from the event the mail is made from. */
    private String invite(PersonSummary by, String email, Role role) throws Exception {
        mvc.perform(post("/organisations/" + org.id() + "/invitations")
                        .param("email", email)
                        .param("role", role.name())
                        .with(csrf())
                        .with(fixtures.as(by)))
                .andExpect(redirectedUrl("/organisations/" + org.id()));
        return lastInvitation(email).acceptLink();
    }

    private MemberInvited lastInvitation(String email) {
        List<MemberInvited> sent = events.stream(MemberInvited.class)
                .filter(e -> e.email().equals(email))
                .toList();
        assertThat(sent).as("an invitation to " + email).isNotEmpty();
        return sent.get(sent.size() - 1);
    }

    private static String path(String link) {
        assertThat(link).startsWith(BASE + "/invitations/");
        return link.substring(BASE.length());
    }

    private static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }

    @Test
    void aMemberInvitesAColleagueAndOnlyTheTokensHashIsStored() throws Exception {
        municipalityWithBuyer("Invitasjonsvik kommune");
        String email = TestData.email("kollega");
        mvc.perform(post("/organisations/" + org.id() + "/invitations")
                        .param("email", email)
                        .param("role", "TOP_LEADER")
                        .with(csrf())
                        .with(fixtures.as(buyer)))
                .andExpect(redirectedUrl("/organisations/" + org.id()))
                .andExpect(flash().attribute("flash", "organisations.invite.sent"));

        MemberInvited event = lastInvitation(email);
        assertThat(event.role()).isEqualTo(Role.TOP_LEADER);
        assertThat(event.organisationName()).isEqualTo("Invitasjonsvik kommune");
        assertThat(event.invitedByName()).isEqualTo("Inge Inviterer");
        assertThat(event.locale().getLanguage()).isEqualTo("nb");
        assertThat(event.expiresAt())
                .isBetween(
                        Instant.now().plus(Duration.ofDays(14)).minusSeconds(60),
                        Instant.now().plus(Duration.ofDays(14)));
        String token = token(event.acceptLink());
        assertThat(token).hasSize(43);

        Invitation stored = invitations.findById(event.invitation()).orElseThrow();
        assertThat(invitations.findByTokenHash(Tokens.hash(token)))
                .map(Invitation::id)
                .contains(stored.id());
        assertThat(invitations.findByTokenHash(token)).isEmpty();
        assertThat(event.toString()).doesNotContain(token);
        assertThat(audit.timeline("invitation", event.invitation().toString()))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo("invitation.sent");
                    assertThat(entry.actor()).isEqualTo(buyer.id());
                    assertThat(entry.summary()).contains(email).doesNotContain(token);
                });

        mvc.perform(get("/organisations/" + org.id()).with(fixtures.as(buyer)))
                .andExpect(content().string(containsString("Invitasjoner som ikke er brukt")))
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(not(containsString(token))));
    }

    @Test
    void theInvitationIsMadeInTheLanguageOfTheInvitersRequest() throws Exception {
        municipalityWithBuyer("Språkvik kommune");
        String email = TestData.email("english");
        mvc.perform(post("/organisations/" + org.id() + "/invitations")
                        .param("lang", "en")
                        .param("email", email)
                        .param("role", "BUYER")
                        .with(csrf())
                        .with(fixtures.as(buyer)))
                .andExpect(status().is3xxRedirection());
        assertThat(lastInvitation(email).locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aMemberMayInviteOnlyWithTheRolesOfTheOrganisationsType() throws Exception {
        municipalityWithBuyer("Rollegrense kommune");
        for (String role : List.of("SUPPLIER", "ADVISER", "ADMIN", "INSTRUMENT_ACTOR", "NOT_A_ROLE")) {
            String email = TestData.email("feil-rolle");
            mvc.perform(post("/organisations/" + org.id() + "/invitations")
                            .param("email", email)
                            .param("role", role)
                            .with(csrf())
                            .with(fixtures.as(buyer)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString("id=\"role-error\"")));
            assertThat(events.stream(MemberInvited.class).filter(e -> e.email().equals(email)))
                    .isEmpty();
        }
        mvc.perform(get("/organisations/" + org.id()).with(fixtures.as(buyer)))
                .andExpect(content()
                        .string(containsString("action=\"/organisations/" + org.id() + "/invitations#invite\"")))
                .andExpect(content().string(containsString("<option value=\"TOP_LEADER\"")))
                .andExpect(content().string(not(containsString("<option value=\"ADVISER\""))));
    }

    @Test
    void anAdministratorMayInviteWithRolesBeyondTheOrganisation() throws Exception {
        municipalityWithBuyer("Rådgivervik kommune");
        PersonSummary admin = fixtures.admin();
        String email = TestData.email("radgiver");
        invite(admin, email, Role.ADVISER);
        assertThat(lastInvitation(email).role()).isEqualTo(Role.ADVISER);
    }

    @Test
    void aMemberOfAnOrganisationAwaitingApprovalCannotInviteYet() throws Exception {
        org = fixtures.pendingOrganisation(OrganisationType.MUNICIPALITY, "Ventevik kommune");
        PersonSummary waiting = fixtures.person("Vent Litt", org.id(), Role.BUYER);
        String email = TestData.email("for-tidlig");
        mvc.perform(post("/organisations/" + org.id() + "/invitations")
                        .param("email", email)
                        .param("role", "BUYER")
                        .with(csrf())
                        .with(fixtures.as(waiting)))
                .andExpect(status().isUnprocessableContent());
        assertThat(events.stream(MemberInvited.class).filter(e -> e.email().equals(email)))
                .isEmpty();
        mvc.perform(get("/organisations/" + org.id()).with(fixtures.as(waiting)))
                .andExpect(content().string(not(containsString("/invitations#invite"))));
    }

    @Test
    void aPersonOfAnotherOrganisationWithTheSameRoleCannotInviteToIt() throws Exception {
        municipalityWithBuyer("Målkommune");
        OrganisationSummary other = fixtures.organisation(OrganisationType.MUNICIPALITY, "Inntrengervik kommune");
        PersonSummary intruder = fixtures.person("Ivar Inntrenger", other.id(), Role.BUYER);
        String email = TestData.email("snike");
        mvc.perform(post("/organisations/" + org.id() + "/invitations")
                        .param("email", email)
                        .param("role", "BUYER")
                        .with(csrf())
                        .with(fixtures.as(intruder)))
                .andExpect(status().isNotFound());
        assertThat(events.stream(MemberInvited.class).filter(e -> e.email().equals(email)))
                .isEmpty();
    }

    @Test
    void invitingSomeoneWhoAlreadyHoldsTheRoleOrABadAddressIsShownAtTheField() throws Exception {
        municipalityWithBuyer("Dobbeltrolle kommune");
        PersonSummary plainBuyer = fixtures.person("Berit Bare Innkjøper", org.id(), Role.BUYER);
        mvc.perform(post("/organisations/" + org.id() + "/invitations")
                        .param("email", plainBuyer.email())
                        .param("role", "BUYER")
                        .with(csrf())
                        .with(fixtures.as(buyer)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Personen har allerede denne rollen i organisasjonen.")));
        mvc.perform(post("/organisations/" + org.id() + "/invitations")
                        .param("email", "ikke-en-adresse")
                        .param("role", "BUYER")
                        .with(csrf())
                        .with(fixtures.as(buyer)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"email-error\"")));
        // Nobody invites their own address, not even with a role they do not hold.
        mvc.perform(post("/organisations/" + org.id() + "/invitations")
                        .param("email", buyer.email())
                        .param("role", "BUYER")
                        .with(csrf())
                        .with(fixtures.as(buyer)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Du kan ikke gi en rolle til deg selv.")));
        mvc.perform(post("/organisations/" + org.id() + "/invitations")
                        .param("email", buyer.email().toUpperCase(Locale.ROOT))
                        .param("role", "ADVISER")
                        .with(csrf())
                        .with(fixtures.as(buyer)))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void invitingNeedsTheCsrfTokenAndASignedInPerson() throws Exception {
        municipalityWithBuyer("Sikkerby kommune");
        mvc.perform(post("/organisations/" + org.id() + "/invitations")
                        .param("email", TestData.email("x"))
                        .param("role", "BUYER")
                        .with(fixtures.as(buyer)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organisations/" + org.id() + "/invitations")
                        .param("email", TestData.email("x"))
                        .param("role", "BUYER")
                        .with(csrf())
                        .accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void aNewPersonCreatesTheirAccountFromTheLinkAndIsSignedInWithTheRole() throws Exception {
        municipalityWithBuyer("Velkomstby kommune");
        String email = TestData.email("nykommer");
        String link = invite(buyer, email, Role.BUYER);

        mvc.perform(get(path(link)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Inge Inviterer har invitert deg til Velkomstby kommune")))
                .andExpect(content().string(containsString("Lag kontoen din")));

        MvcResult accepted = mvc.perform(post(path(link))
                        .param("personName", "Nina Nykommer")
                        .param("password", "et-godt-passord")
                        .param("passwordConfirm", "et-godt-passord")
                        .with(csrf()))
                .andExpect(redirectedUrl("/organisations/" + org.id()))
                .andExpect(flash().attribute("flash", "organisations.invitation.accepted"))
                .andReturn();

        PersonSummary person = organisations.findPersonByEmail(email).orElseThrow();
        assertThat(person.displayName()).isEqualTo("Nina Nykommer");
        SecurityContext context = (SecurityContext) accepted.getRequest()
                .getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        CurrentUser signedIn = (CurrentUser) context.getAuthentication().getPrincipal();
        assertThat(signedIn.personId()).isEqualTo(person.id());
        assertThat(signedIn.hasRole(org.id(), Role.BUYER)).isTrue();
        assertThat(audit.timeline("person", person.id().toString()))
                .extracting(AuditEntry::action)
                .containsExactly("person.registered", "role.granted");
        assertThat(audit.timeline(
                        "invitation", lastInvitation(email).invitation().toString()))
                .extracting(AuditEntry::action)
                .containsExactly("invitation.sent", "invitation.accepted");

        mvc.perform(get("/organisations/" + org.id())
                        .session((MockHttpSession) accepted.getRequest().getSession()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Velkommen!")));
        // Single use.
        mvc.perform(get(path(link)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Lenken virker ikke")));
    }

    @Test
    void aNewAccountWithABadPasswordIsRefusedAndTheLinkStillWorks() throws Exception {
        municipalityWithBuyer("Passordkrav kommune");
        String email = TestData.email("kortpass");
        String link = invite(buyer, email, Role.BUYER);
        mvc.perform(post(path(link))
                        .param("personName", "Kort Passord")
                        .param("password", "for-kort")
                        .param("passwordConfirm", "for-kort")
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Passordet må ha minst 12 tegn.")));
        mvc.perform(post(path(link))
                        .param("personName", "")
                        .param("password", "et-godt-passord")
                        .param("passwordConfirm", "et-annet-passord")
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"personName-error\"")))
                .andExpect(content().string(containsString("Passordene er ikke like.")));
        assertThat(organisations.findPersonByEmail(email)).isEmpty();
        mvc.perform(get(path(link))).andExpect(status().isOk());
    }

    @Test
    void aPersonWithAnAccountSignsInFirstAndThenAccepts() throws Exception {
        municipalityWithBuyer("Innloggingsvik kommune");
        OrganisationSummary company = fixtures.organisation(OrganisationType.COMPANY, "Eksisterende AS");
        PersonSummary existing = fixtures.person("Eva Eksisterende", company.id(), Role.SUPPLIER);
        String link = invite(buyer, existing.email(), Role.TOP_LEADER);

        mvc.perform(get(path(link)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + path(link) + "/signin\"")))
                .andExpect(content().string(not(containsString("Lag kontoen din"))));
        mvc.perform(get(path(link) + "/signin").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        mvc.perform(get(path(link) + "/signin").with(fixtures.as(existing))).andExpect(redirectedUrl(path(link)));
        mvc.perform(get(path(link)).with(fixtures.as(existing)))
                .andExpect(content().string(containsString("action=\"" + path(link) + "/accept\"")));
        // Posting the new-account form for an address that has an account creates nothing.
        mvc.perform(post(path(link))
                        .param("personName", "Falsk Eva")
                        .param("password", "et-godt-passord")
                        .param("passwordConfirm", "et-godt-passord")
                        .with(csrf()))
                .andExpect(redirectedUrl(path(link)));
        assertThat(fixtures.principal(existing).hasRole(org.id(), Role.TOP_LEADER))
                .isFalse();

        mvc.perform(post(path(link) + "/accept").with(csrf()).with(fixtures.as(existing)))
                .andExpect(redirectedUrl("/organisations/" + org.id()));
        approveTopLeader(existing);
        CurrentUser after = fixtures.principal(existing);
        assertThat(after.hasRole(org.id(), Role.TOP_LEADER)).isTrue();
        assertThat(after.hasRole(company.id(), Role.SUPPLIER)).isTrue();
        assertThat(organisations
                        .findPersonByEmail(existing.email())
                        .orElseThrow()
                        .displayName())
                .isEqualTo("Eva Eksisterende");
    }

    @Test
    void someoneElseWhoIsSignedInCannotAcceptTheInvitation() throws Exception {
        municipalityWithBuyer("Feilperson kommune");
        PersonSummary invitee = fixtures.person("Riktig Person", org.id());
        String link = invite(buyer, invitee.email(), Role.TOP_LEADER);
        mvc.perform(get(path(link)).with(fixtures.as(buyer)))
                .andExpect(content().string(containsString("Du er logget inn med en annen e-postadresse")))
                .andExpect(content().string(not(containsString("/accept\""))));
        mvc.perform(post(path(link) + "/accept").with(csrf()).with(fixtures.as(buyer)))
                .andExpect(status().isUnprocessableContent());
        assertThat(fixtures.principal(invitee).hasRole(org.id(), Role.TOP_LEADER))
                .isFalse();
        mvc.perform(post(path(link) + "/accept").with(csrf()).with(fixtures.as(invitee)))
                .andExpect(redirectedUrl("/organisations/" + org.id()));
        approveTopLeader(invitee);
        assertThat(fixtures.principal(invitee).hasRole(org.id(), Role.TOP_LEADER))
                .isTrue();
    }

    @Test
    void unknownExpiredAndUsedLinksGetTheSamePageAndRevealNothing() throws Exception {
        municipalityWithBuyer("Hemmelighetsvik kommune");
        String expiredToken = Tokens.newToken();
        Instant longAgo = Instant.now().minus(Duration.ofDays(20));
        invitations.save(new Invitation(
                org.id(),
                TestData.email("utlopt"),
                Role.BUYER,
                Tokens.hash(expiredToken),
                buyer.id(),
                longAgo,
                longAgo.plus(Duration.ofDays(14))));
        String usedLink = invite(buyer, TestData.email("brukt"), Role.BUYER);
        mvc.perform(post(path(usedLink))
                        .param("personName", "Brukt Lenke")
                        .param("password", "et-godt-passord")
                        .param("passwordConfirm", "et-godt-passord")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        for (String path : List.of(
                "/invitations/" + expiredToken,
                path(usedLink),
                "/invitations/" + Tokens.newToken(),
                "/invitations/ikke-et-token")) {
            mvc.perform(get(path))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(containsString("Lenken virker ikke")))
                    .andExpect(content().string(containsString("Invitasjonslenken er ugyldig.")))
                    .andExpect(content().string(not(containsString("Hemmelighetsvik"))));
        }
        String email = TestData.email("snarvei");
        mvc.perform(post("/invitations/" + expiredToken)
                        .param("personName", "Snar Vei")
                        .param("password", "et-godt-passord")
                        .param("passwordConfirm", "et-godt-passord")
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(organisations.findPersonByEmail(email)).isEmpty();
    }

    @Test
    void aLinkToAnOrganisationThatWasRejectedNoLongerWorks() throws Exception {
        municipalityWithBuyer("Tilbaketrukket kommune");
        String link = invite(buyer, TestData.email("sent"), Role.BUYER);
        organisations.reject(org.id(), null);
        mvc.perform(get(path(link))).andExpect(status().isNotFound());
    }

    @Test
    void acceptingNeedsTheCsrfToken() throws Exception {
        municipalityWithBuyer("Tokenkrav kommune");
        String email = TestData.email("csrf");
        String link = invite(buyer, email, Role.BUYER);
        mvc.perform(post(path(link))
                        .param("personName", "Uten Token")
                        .param("password", "et-godt-passord")
                        .param("passwordConfirm", "et-godt-passord"))
                .andExpect(status().isForbidden());
        assertThat(organisations.findPersonByEmail(email)).isEmpty();
    }
}
