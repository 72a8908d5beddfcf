package no.innomotor.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.innomotor.organisations.OrganisationFixtures;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.projects.CreateProject;
import no.innomotor.projects.ProcedureType;
import no.innomotor.projects.ProjectCodes;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectsManagement;
import no.innomotor.shared.Money;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import no.innomotor.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** With spring.mail.host set, mail really goes out over SMTP (GreenMail on a dynamic port). */
@InnomotorTest
class SmtpMailTests {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/[\\w/-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationFixtures fixtures;

    @Autowired
    SentMailRepository sent;

    @Autowired
    ProjectsManagement projects;

    private static MimeMessage awaitMailTo(String recipient) {
        return await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> Arrays.stream(SMTP.getReceivedMessages())
                                .filter(message -> sentTo(message, recipient))
                                .findFirst()
                                .orElse(null),
                        message -> message != null);
    }

    private static boolean sentTo(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            return to != null
                    && Arrays.stream(to)
                            .anyMatch(a -> ((InternetAddress) a).getAddress().equals(recipient));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String linkPath(String body) {
        Matcher matcher = LINK.matcher(body);
        assertThat(matcher.find()).as("a link in " + body).isTrue();
        return matcher.group(1);
    }

    @Test
    void anInvitationGoesOutOverSmtpInTheInvitersLanguageWithAWorkingLink() throws Exception {
        OrganisationSummary org = fixtures.organisation(OrganisationType.MUNICIPALITY, "Smtpvik kommune");
        PersonSummary buyer = fixtures.person("Sondre Sender", org.id(), Role.BUYER, Role.TOP_LEADER);
        String email = TestData.email("smtp-invitert");
        mvc.perform(post("/organisations/" + org.id() + "/invitations")
                        .param("lang", "en")
                        .param("email", email)
                        .param("role", "TOP_LEADER")
                        .with(csrf())
                        .with(fixtures.as(buyer)))
                .andExpect(redirectedUrl("/organisations/" + org.id()));

        MimeMessage message = awaitMailTo(email);
        assertThat(message.getSubject()).isEqualTo("Invitation to Smtpvik kommune in Innomotor");
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("noreply@innomotor.no");
        assertThat(message.getHeader("Content-Language")).containsExactly("en");
        String body = (String) message.getContent();
        assertThat(body).contains("Sondre Sender has invited you to join Smtpvik kommune in Innomotor as Top leader.");
        String link = linkPath(body);
        assertThat(link).startsWith("/invitations/");
        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Invitasjon til Smtpvik kommune")));

        // Recorded as sent over SMTP, without the body (it holds the link).
        await().atMost(Duration.ofSeconds(10))
                .until(() -> sent.findAll().stream()
                        .anyMatch(mail -> mail.toRecord().recipient().equals(email)));
        MailRecord record = sent.findAll().stream()
                .map(SentMail::toRecord)
                .filter(mail -> mail.recipient().equals(email))
                .findFirst()
                .orElseThrow();
        assertThat(record.channel()).isEqualTo(MailChannel.SMTP);
        assertThat(record.body()).isNull();
        assertThat(record.subject()).isEqualTo(message.getSubject());
        PersonSummary admin = fixtures.admin();
        mvc.perform(get("/admin/outbox/" + record.id()).with(fixtures.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Innholdet lagres ikke for e-post sendt via SMTP")));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder register(
            String email, String lang) {
        return post("/register")
                .param("lang", lang)
                .param("orgNumber", TestData.orgNumber())
                .param("name", "Postregistrert AS")
                .param("type", "COMPANY")
                .param("nutsCode", "NO0A2")
                .param("personName", "Randi Registrert")
                .param("email", email)
                .param("password", "lang-nok-passord-1")
                .param("passwordConfirm", "lang-nok-passord-1")
                .param("role", "SUPPLIER")
                .with(csrf());
    }

    @Test
    void aRegistrationIsConfirmedThroughTheLinkMailedInTheRegistrantsLanguage() throws Exception {
        String email = TestData.email("smtp-registrert");
        mvc.perform(register(email, "en")).andExpect(redirectedUrl("/register/sent"));

        MimeMessage message = awaitMailTo(email);
        assertThat(message.getSubject()).isEqualTo("Confirm your registration in Innomotor");
        assertThat(message.getHeader("Content-Language")).containsExactly("en");
        String body = (String) message.getContent();
        assertThat(body).contains("Hello, Randi Registrert!").contains("has registered Postregistrert AS");
        String link = linkPath(body);
        assertThat(link).startsWith("/register/confirm/");
        mvc.perform(get(link)).andExpect(status().isOk());
        mvc.perform(post(link).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get(link)).andExpect(status().isNotFound());
    }

    @Test
    void theOwnerOfAKnownAddressIsToldSomeoneTriedToRegisterWithIt() throws Exception {
        OrganisationSummary org = fixtures.organisation(OrganisationType.COMPANY, "Kjent Adresse AS");
        PersonSummary owner = fixtures.person("Kari Kjent", org.id(), Role.SUPPLIER);
        mvc.perform(register(owner.email(), "nb")).andExpect(redirectedUrl("/register/sent"));

        MimeMessage message = awaitMailTo(owner.email());
        assertThat(message.getSubject()).isEqualTo("Registrering med e-postadressen din i Innomotor");
        String body = (String) message.getContent();
        assertThat(body)
                .contains("Du har allerede en konto med denne adressen, så ingenting ble opprettet.")
                .contains("http://localhost:8080/login")
                .contains("http://localhost:8080/password/forgot")
                .doesNotContain("/register/confirm/");
    }

    @Test
    void aPasswordResetGoesOutOverSmtpInNynorskWithAWorkingLink() throws Exception {
        OrganisationSummary org = fixtures.organisation(OrganisationType.COMPANY, "Nynorsk Post AS");
        PersonSummary person = fixtures.person("Nils Nynorsk", org.id(), Role.SUPPLIER);
        mvc.perform(post("/password/forgot")
                        .param("lang", "nn")
                        .param("email", person.email())
                        .with(csrf()))
                .andExpect(redirectedUrl("/password/forgot?sent"));

        MimeMessage message = awaitMailTo(person.email());
        assertThat(message.getSubject()).isEqualTo("Nytt passord i Innomotor");
        assertThat(message.getHeader("Content-Language")).containsExactly("nn");
        String body = (String) message.getContent();
        assertThat(body).contains("Nokon, forhåpentleg du, har bede om å få velje nytt passord");
        String link = linkPath(body);
        assertThat(link).startsWith("/password/reset/");
        mvc.perform(get(link)).andExpect(status().isOk());
        mvc.perform(post(link)
                        .param("password", "nytt-nynorsk-passord")
                        .param("passwordConfirm", "nytt-nynorsk-passord")
                        .with(csrf()))
                .andExpect(redirectedUrl("/password/changed"));
        mvc.perform(get(link)).andExpect(status().isNotFound());
    }

    @Test
    void aMandateReadyForSignatureIsMailedToTheTopLeaderInBokmalWithALinkToTheMandate() throws Exception {
        OrganisationSummary org = fixtures.organisation(OrganisationType.MUNICIPALITY, "Signaturvik kommune");
        PersonSummary buyer = fixtures.person("Berit Bestiller", org.id(), Role.BUYER);
        PersonSummary leader = fixtures.person("Trond Toppleder", org.id(), Role.TOP_LEADER);
        ProjectId project = projects.create(
                new CreateProject(
                        "Mandat over SMTP",
                        "Behovet er å vite at mandatet når frem til lederen.",
                        org.id(),
                        Money.nok(1_000_000),
                        ProjectCodes.cpv(List.of("72000000")),
                        NutsCode.of("NO081"),
                        ProcedureType.INNOVATION_PARTNERSHIP,
                        Set.of()),
                fixtures.principal(buyer));
        int version = projects.draftMandate(project, ProjectFixtures.terms("Målet"), fixtures.principal(buyer));
        projects.markMandateReady(project, version, fixtures.principal(buyer));

        MimeMessage message = awaitMailTo(leader.email());
        assertThat(message.getSubject()).isEqualTo("Mandat til signering: Mandat over SMTP");
        assertThat(message.getHeader("Content-Language")).containsExactly("nb");
        String body = (String) message.getContent();
        assertThat(body)
                .contains("Mandatet for «Mandat over SMTP» (versjon 1) er lagt fram for ledelsen i Signaturvik "
                        + "kommune og venter på signaturen din.")
                .contains("http://localhost:8080/projects/" + project + "/mandate")
                .contains("http://localhost:8080/inbox");
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).filter(m -> sentTo(m, buyer.email())))
                .isEmpty();
    }
}
