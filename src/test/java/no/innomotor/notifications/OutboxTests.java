package no.innomotor.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.innomotor.organisations.OrganisationFixtures;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import no.innomotor.testing.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** With no SMTP server configured (the default), mail is kept in the outbox, which only administrators read. */
@InnomotorTest
class OutboxTests {

    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/[\\w/-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationFixtures fixtures;

    @Autowired
    SentMailRepository sent;

    @Autowired
    NotificationsManagement notifications;

    @Autowired
    JdbcTemplate jdbc;

    private MailRecord awaitMailTo(String recipient) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> sent.findAll().stream()
                                .map(SentMail::toRecord)
                                .filter(mail -> mail.recipient().equals(recipient))
                                .findFirst()
                                .orElse(null),
                        mail -> mail != null);
    }

    private static String linkPath(String body) {
        Matcher matcher = LINK.matcher(body);
        assertThat(matcher.find()).as("a link in " + body).isTrue();
        return matcher.group(1);
    }

    @Test
    void anInvitationIsKeptInTheOutboxInTheInvitersLanguageWithAWorkingLink() throws Exception {
        PersonSummary admin = fixtures.admin();
        OrganisationSummary org = fixtures.organisation(OrganisationType.MUNICIPALITY, "Utboksvik kommune");
        String email = TestData.email("invitert");
        mvc.perform(post("/organisations/" + org.id() + "/invitations")
                        .param("email", email)
                        .param("role", "BUYER")
                        .with(csrf())
                        .with(fixtures.as(admin)))
                .andExpect(redirectedUrl("/organisations/" + org.id()));

        MailRecord mail = awaitMailTo(email);
        assertThat(mail.channel()).isEqualTo(MailChannel.OUTBOX);
        assertThat(mail.language()).isEqualTo("nb");
        assertThat(mail.subject()).isEqualTo("Invitasjon til Utboksvik kommune i Innomotor");
        assertThat(mail.body())
                .contains("Anne Admin har invitert deg til Utboksvik kommune i Innomotor med rollen " + "Innkjøper.");
        String link = linkPath(mail.body());
        assertThat(link).startsWith("/invitations/");
        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Invitasjon til Utboksvik kommune")));

        mvc.perform(get("/admin/outbox").with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ingen SMTP-server er satt opp")))
                .andExpect(content().string(containsString("href=\"/admin/outbox/" + mail.id() + "\"")));
        mvc.perform(get("/admin/outbox/" + mail.id()).with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString(link)))
                .andExpect(content().string(containsString("Utboks (ikke sendt)")));
    }

    @Test
    void aPasswordResetIsKeptInTheOutboxInEnglishWhenAskedForInEnglish() throws Exception {
        OrganisationSummary org = fixtures.organisation(OrganisationType.COMPANY, "Outbox Ltd AS");
        PersonSummary person = fixtures.person("Olive Outbox", org.id(), Role.SUPPLIER);
        mvc.perform(post("/password/forgot")
                        .param("lang", "en")
                        .param("email", person.email())
                        .with(csrf()))
                .andExpect(redirectedUrl("/password/forgot?sent"));

        MailRecord mail = awaitMailTo(person.email());
        assertThat(mail.language()).isEqualTo("en");
        assertThat(mail.subject()).isEqualTo("New password for Innomotor");
        assertThat(mail.body()).contains("Someone, hopefully you, asked to choose a new password");
        String link = linkPath(mail.body());
        assertThat(link).startsWith("/password/reset/");
        mvc.perform(get(link)).andExpect(status().isOk());
    }

    @Test
    void noMailIsMadeForAnAddressWithoutAnAccount() throws Exception {
        String nobody = TestData.email("ingen");
        PersonSummary admin = fixtures.admin();
        OrganisationSummary org = fixtures.organisation(OrganisationType.COMPANY, "Kontrollmåling AS");
        PersonSummary control = fixtures.person("Kari Kontroll", org.id(), Role.SUPPLIER);
        mvc.perform(post("/password/forgot").param("email", nobody).with(csrf()));
        mvc.perform(post("/password/forgot").param("email", control.email()).with(csrf()));
        // The mail for the real account arrives; by then the other request has long been handled.
        awaitMailTo(control.email());
        assertThat(sent.findAll()).noneMatch(mail -> mail.toRecord().recipient().equals(nobody));
        assertThat(admin).isNotNull();
    }

    @Test
    void onlyAPlatformAdministratorMayReadTheOutbox() throws Exception {
        PersonSummary admin = fixtures.admin();
        OrganisationSummary org = fixtures.organisation(OrganisationType.MUNICIPALITY, "Nysgjerrigvik kommune");
        PersonSummary buyer = fixtures.person("Nils Nysgjerrig", org.id(), Role.BUYER, Role.TOP_LEADER);
        OrganisationSummary pending = fixtures.pendingOrganisation(OrganisationType.MUNICIPALITY, "Falsk kommune");
        PersonSummary fakeAdmin = fixtures.person("Falsk Admin", pending.id(), Role.ADMIN);
        mvc.perform(post("/password/forgot").param("email", buyer.email()).with(csrf()));
        MailRecord mail = awaitMailTo(buyer.email());

        for (PersonSummary refused : new PersonSummary[] {buyer, fakeAdmin}) {
            mvc.perform(get("/admin/outbox").with(fixtures.as(refused))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/outbox/" + mail.id()).with(fixtures.as(refused)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(not(containsString("/password/reset/"))));
        }
        mvc.perform(get("/admin/outbox").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/outbox/" + mail.id()).accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login"));

        assertThat(notifications.sentMail(fixtures.principal(buyer), 0)).isEmpty();
        assertThatThrownBy(() -> notifications.mail(mail.id(), fixtures.principal(buyer)))
                .isInstanceOf(OutboxMailNotFound.class);
        assertThat(notifications.mail(mail.id(), fixtures.principal(admin)).body())
                .contains("/password/reset/");

        mvc.perform(get("/admin/outbox/" + UUID.randomUUID()).with(fixtures.as(admin)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/outbox/ikke-en-id").with(fixtures.as(admin))).andExpect(status().isNotFound());
    }

    @Test
    void onceTheMailIsOutNoTableHoldsTheLinksSecretInClear() throws Exception {
        PersonSummary admin = fixtures.admin();
        OrganisationSummary org = fixtures.organisation(OrganisationType.COMPANY, "Hemmelig Lenke AS");
        String email = TestData.email("hemmelig");
        mvc.perform(post("/organisations/" + org.id() + "/invitations")
                        .param("email", email)
                        .param("role", "SUPPLIER")
                        .with(csrf())
                        .with(fixtures.as(admin)))
                .andExpect(redirectedUrl("/organisations/" + org.id()));
        String link = linkPath(awaitMailTo(email).body());
        String token = link.substring(link.lastIndexOf('/') + 1);

        // The event that carried the link to this module is deleted once its mail is sent.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from event_publication where serialized_event like ?",
                                Long.class,
                                "%" + token + "%")
                        == 0);
        assertThat(jdbc.queryForObject("select count(*) from invitation where token_hash = ?", Long.class, token))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_record where summary like ?", Long.class, "%" + token + "%"))
                .isZero();
    }
}
