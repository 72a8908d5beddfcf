package no.innomotor.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import no.innomotor.notifications.InboxEntry;
import no.innomotor.notifications.InboxManagement;
import no.innomotor.organisations.OrganisationEvents.MemberInvited;
import no.innomotor.organisations.OrganisationEvents.RoleApproved;
import no.innomotor.organisations.OrganisationEvents.RoleRefused;
import no.innomotor.organisations.OrganisationEvents.RoleWithdrawn;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import no.innomotor.testing.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@InnomotorTest
@RecordApplicationEvents
class RoleGrantTests {

    private static final String BASE = "http://localhost:8080";

    @Autowired
    private MockMvc mvc;

    @Autowired
    private OrganisationFixtures fixtures;

    @Autowired
    private OrganisationsManagement organisations;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private ApplicationEvents events;

    @Autowired
    private InboxManagement inbox;

    private OrganisationSummary org;
    private PersonSummary leader;
    private PersonSummary buyer;

    private void municipality(String name) {
        org = fixtures.organisation(OrganisationType.MUNICIPALITY, name);
        leader = fixtures.person("Rolf Rådmann", org.id(), Role.TOP_LEADER);
        buyer = fixtures.person("Kari Kjøper", org.id(), Role.BUYER);
    }

    private String inviteAccepted(PersonSummary by, String email) throws Exception {
        mvc.perform(post("/organisations/" + org.id() + "/invitations")
                        .param("email", email)
                        .param("role", "TOP_LEADER")
                        .with(csrf())
                        .with(fixtures.as(by)))
                .andExpect(redirectedUrl("/organisations/" + org.id()));
        List<MemberInvited> sent = events.stream(MemberInvited.class)
                .filter(e -> e.email().equals(email))
                .toList();
        return sent.get(sent.size() - 1).acceptLink().substring(BASE.length());
    }

    private String decision(PersonSummary person, Role role, String what) {
        return "/organisations/" + org.id() + "/members/" + person.id() + "/roles/" + role.name() + "/" + what;
    }

    @Test
    void aBuyerInvitesBuyersOnlyAndNeverHerself() throws Exception {
        municipality("Selvutnevnelse kommune");
        mvc.perform(post("/organisations/" + org.id() + "/invitations")
                        .param("email", buyer.email())
                        .param("role", "TOP_LEADER")
                        .with(csrf())
                        .with(fixtures.as(buyer)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"role-error\"")));
        mvc.perform(post("/organisations/" + org.id() + "/invitations")
                        .param("email", TestData.email("annen"))
                        .param("role", "TOP_LEADER")
                        .with(csrf())
                        .with(fixtures.as(buyer)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/organisations/" + org.id() + "/invitations")
                        .param("email", TestData.email("ny-leder"))
                        .param("role", "TOP_LEADER")
                        .with(csrf())
                        .with(fixtures.as(leader)))
                .andExpect(redirectedUrl("/organisations/" + org.id()));
        mvc.perform(post("/organisations/" + org.id() + "/invitations")
                        .param("email", TestData.email("kollega"))
                        .param("role", "BUYER")
                        .with(csrf())
                        .with(fixtures.as(buyer)))
                .andExpect(redirectedUrl("/organisations/" + org.id()));
    }

    @Test
    void nobodyInvitesTheirOwnAddress() throws Exception {
        municipality("Speilby kommune");
        mvc.perform(post("/organisations/" + org.id() + "/invitations")
                        .param("email", leader.email())
                        .param("role", "TOP_LEADER")
                        .with(csrf())
                        .with(fixtures.as(leader)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Du kan ikke gi en rolle til deg selv.")));
    }

    @Test
    void crossOrganisationRolesGrantNothingInsideAnOrganisation() throws Exception {
        municipality("Juryby kommune");
        PersonSummary jury = fixtures.person("Jon Jurymedlem", org.id(), Role.JURY, Role.ADVISER, Role.MENTOR);
        for (String role : List.of("TOP_LEADER", "BUYER")) {
            mvc.perform(post("/organisations/" + org.id() + "/invitations")
                            .param("email", TestData.email("via-jury"))
                            .param("role", role)
                            .with(csrf())
                            .with(fixtures.as(jury)))
                    .andExpect(status().isUnprocessableContent());
        }
    }

    @Test
    void anInvitedTopLeaderWaitsUntilASecondPersonApproves() throws Exception {
        municipality("Godkjenningsvik kommune");
        PersonSummary admin = fixtures.admin();
        PersonSummary newLeader = fixtures.person("Nora Nyleder", org.id(), Role.BUYER);
        String link = inviteAccepted(leader, newLeader.email());
        mvc.perform(post(link + "/accept").with(csrf()).with(fixtures.as(newLeader)))
                .andExpect(redirectedUrl("/organisations/" + org.id()));

        assertThat(fixtures.principal(newLeader).hasRole(org.id(), Role.TOP_LEADER))
                .isFalse();
        assertThat(events.stream(RoleApprovalRequested.class)
                        .filter(e -> e.personId().equals(newLeader.id())))
                .singleElement()
                .satisfies(e -> assertThat(e.role()).isEqualTo(Role.TOP_LEADER));
        assertThat(organisations.approversOf(org.id(), newLeader.id(), leader.id()))
                .extracting(PersonSummary::email)
                .contains(admin.email())
                .doesNotContain(leader.email(), newLeader.email());
        mvc.perform(get("/organisations/" + org.id()).with(fixtures.as(buyer)))
                .andExpect(content().string(containsString("Toppleder (venter på godkjenning)")));

        // Whoever may approve finds it on their front page and in their inbox (and by mail); the inviter does not.
        mvc.perform(get("/").with(fixtures.as(admin)))
                .andExpect(content().string(containsString("Toppleder venter på godkjenningen din")))
                .andExpect(content().string(containsString("Nora Nyleder")));
        mvc.perform(get("/").with(fixtures.as(leader)))
                .andExpect(content().string(not(containsString("Toppleder venter på godkjenningen din"))));
        String title = "Nora Nyleder venter på godkjenning som Toppleder i Godkjenningsvik kommune";
        await().atMost(Duration.ofSeconds(20))
                .until(() -> inbox.inbox(fixtures.principal(admin), 0, Locale.forLanguageTag("nb")).stream()
                        .anyMatch(entry ->
                                entry.title().equals(title) && ("/organisations/" + org.id()).equals(entry.link())));
        assertThat(inbox.inbox(fixtures.principal(leader), 0, Locale.forLanguageTag("nb")).stream()
                        .map(InboxEntry::title))
                .doesNotContain(title);

        // Neither the person themselves nor the one who invited them approves; a buyer does not either.
        for (PersonSummary notAllowed : List.of(newLeader, leader, buyer)) {
            mvc.perform(post(decision(newLeader, Role.TOP_LEADER, "approve"))
                            .with(csrf())
                            .with(fixtures.as(notAllowed)))
                    .andExpect(status().isNotFound());
        }
        assertThat(fixtures.principal(newLeader).hasRole(org.id(), Role.TOP_LEADER))
                .isFalse();
        assertThat(organisations.approvalsWaitingFor(fixtures.principal(admin)))
                .anySatisfy(a -> assertThat(a.personId()).isEqualTo(newLeader.id()));
        assertThat(organisations.approvalsWaitingFor(fixtures.principal(leader)))
                .noneSatisfy(a -> assertThat(a.personId()).isEqualTo(newLeader.id()));

        mvc.perform(post(decision(newLeader, Role.TOP_LEADER, "approve"))
                        .with(csrf())
                        .with(fixtures.as(admin)))
                .andExpect(redirectedUrl("/organisations/" + org.id()));
        assertThat(fixtures.principal(newLeader).hasRole(org.id(), Role.TOP_LEADER))
                .isTrue();
        assertThat(events.stream(RoleApproved.class).filter(e -> e.person().equals(newLeader.id())))
                .hasSize(1);
    }

    @Test
    void theCurrentTopLeaderApprovesOrRefusesATopLeaderAnAdministratorInvited() throws Exception {
        municipality("Avslagsdal kommune");
        PersonSummary admin = fixtures.admin();
        PersonSummary first = fixtures.person("Frida Først", org.id(), Role.BUYER);
        PersonSummary second = fixtures.person("Sigurd Sist", org.id(), Role.BUYER);
        for (PersonSummary person : List.of(first, second)) {
            String link = inviteAccepted(admin, person.email());
            mvc.perform(post(link + "/accept").with(csrf()).with(fixtures.as(person)));
        }
        mvc.perform(post(decision(first, Role.TOP_LEADER, "approve"))
                        .with(csrf())
                        .with(fixtures.as(admin)))
                .andExpect(status().isNotFound());
        mvc.perform(post(decision(first, Role.TOP_LEADER, "approve"))
                        .with(csrf())
                        .with(fixtures.as(leader)))
                .andExpect(redirectedUrl("/organisations/" + org.id()));
        mvc.perform(post(decision(second, Role.TOP_LEADER, "refuse"))
                        .with(csrf())
                        .with(fixtures.as(leader)))
                .andExpect(redirectedUrl("/organisations/" + org.id()));
        assertThat(fixtures.principal(first).hasRole(org.id(), Role.TOP_LEADER)).isTrue();
        assertThat(fixtures.principal(second).hasRole(org.id(), Role.TOP_LEADER))
                .isFalse();
        assertThat(events.stream(RoleRefused.class).filter(e -> e.person().equals(second.id())))
                .hasSize(1);
        mvc.perform(post(decision(second, Role.TOP_LEADER, "approve"))
                        .with(csrf())
                        .with(fixtures.as(leader)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aWithdrawnRoleEndsAtOnceInThePersonsOwnSession() throws Exception {
        municipality("Tilbaketrekning kommune");
        MockHttpSession session = new MockHttpSession();
        var principal = (UserDetails) users.loadUserByUsername(buyer.email());
        session.setAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                        principal, null, principal.getAuthorities())));
        mvc.perform(get("/organisations/" + org.id()).session(session)).andExpect(status().isOk());

        mvc.perform(post(decision(buyer, Role.BUYER, "withdraw")).with(csrf()).with(fixtures.as(buyer)))
                .andExpect(status().isNotFound());
        mvc.perform(post(decision(buyer, Role.BUYER, "withdraw")).with(csrf()).with(fixtures.as(leader)))
                .andExpect(redirectedUrl("/organisations/" + org.id()));
        assertThat(events.stream(RoleWithdrawn.class).filter(e -> e.person().equals(buyer.id())))
                .hasSize(1);
        // The buyer's existing session: the very next request no longer sees the organisation.
        mvc.perform(get("/organisations/" + org.id()).session(session)).andExpect(status().isNotFound());
    }
}
