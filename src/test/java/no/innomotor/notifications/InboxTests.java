package no.innomotor.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.innomotor.organisations.InvitationsManagement;
import no.innomotor.organisations.OrganisationsManagement;
import no.innomotor.projects.ProjectCodes;
import no.innomotor.projects.ProjectFixtures;
import no.innomotor.projects.ProjectFixtures.Org;
import no.innomotor.projects.ProjectFixtures.Person;
import no.innomotor.projects.ProjectId;
import no.innomotor.projects.ProjectsManagement;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.PersonId;
import no.innomotor.shared.RoadmapStep;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The events that need people put a message in the right inboxes, and mail them: nobody else is told, and the
 * person who caused it is not told about their own act.
 */
@InnomotorTest
class InboxTests {

    private static final Locale BOKMAL = Locale.forLanguageTag("nb");

    @Autowired
    OrganisationsManagement organisations;

    @Autowired
    InvitationsManagement invitations;

    @Autowired
    ProjectsManagement projects;

    @Autowired
    InboxManagement inbox;

    @Autowired
    InboxMessageRepository messages;

    @Autowired
    SentMailRepository sent;

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    @Autowired
    ProjectFixtures fixtures;

    Org baerum;
    Org other;

    @BeforeEach
    void organisations() {
        baerum = fixtures.municipality("Varselvik kommune");
        other = fixtures.municipality("Annenvik kommune");
    }

    private List<String> kinds(Person person) {
        return messages.findByRecipientId(person.id().value()).stream()
                .map(InboxMessage::kind)
                .toList();
    }

    private List<InboxEntry> awaitEntries(Person person, int count) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> messages.findByRecipientId(person.id().value()).size() >= count);
        return inbox.inbox(person.user(), 0, BOKMAL).getContent();
    }

    private List<String> subjectsMailedTo(String email) {
        return sent.findAll().stream()
                .map(SentMail::toRecord)
                .filter(mail -> mail.recipient().equals(email))
                .map(MailRecord::subject)
                .toList();
    }

    @Test
    void aMandateReadyForSignatureReachesTheOrganisationsTopLeadersAndNobodyElse() {
        ProjectId project = fixtures.project(baerum, "Trygghet i nattetimene");
        int version = projects.draftMandate(
                project,
                ProjectFixtures.terms("Tryggere netter"),
                baerum.buyer().user());
        projects.markMandateReady(project, version, baerum.buyer().user());

        List<InboxEntry> entries = awaitEntries(baerum.leader(), 1);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.title()).isEqualTo("Mandat til signering: Trygghet i nattetimene");
            assertThat(entry.text())
                    .isEqualTo("Mandatet for «Trygghet i nattetimene» (versjon 1) er lagt fram for ledelsen i "
                            + "Varselvik kommune og venter på signaturen din.");
            assertThat(entry.link()).isEqualTo("/projects/" + project + "/mandate");
            assertThat(entry.unread()).isTrue();
        });
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !subjectsMailedTo(baerum.leader().email()).isEmpty());
        assertThat(subjectsMailedTo(baerum.leader().email()))
                .containsExactly("Mandat til signering: Trygghet i nattetimene");
        assertThat(kinds(baerum.buyer())).isEmpty();
        assertThat(kinds(other.leader())).isEmpty();
        assertThat(kinds(other.buyer())).isEmpty();
    }

    @Test
    void aSignedMandateReachesTheTeamAndTheBuyersButNotTheSignerNorAnotherOrganisation() {
        Person colleague = fixtures.person(baerum.id(), "Kåre Kollega", Role.BUYER);
        ProjectId project = fixtures.project(baerum, "Sensorer i sykehjem");
        fixtures.signedMandate(baerum, project);

        List<InboxEntry> buyers = awaitEntries(baerum.buyer(), 1);
        assertThat(buyers).singleElement().satisfies(entry -> {
            assertThat(entry.title()).isEqualTo("Mandatet er signert: Sensorer i sykehjem");
            assertThat(entry.text()).startsWith("Lars Leder signerte mandatet for «Sensorer i sykehjem» (versjon 1) ");
        });
        assertThat(awaitEntries(colleague, 1))
                .extracting(InboxEntry::title)
                .containsExactly("Mandatet er signert: Sensorer i sykehjem");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !subjectsMailedTo(colleague.email()).isEmpty());
        // The leader was told the mandate waited for them, not that they signed it.
        assertThat(kinds(baerum.leader())).containsExactly("mandate-ready");
        assertThat(kinds(other.buyer())).isEmpty();
        assertThat(kinds(other.leader())).isEmpty();
    }

    @Test
    void aCompletedStepReachesTheTeamButNotWhoCompletedItNorOutsiders() {
        Person teamMate = fixtures.person(baerum.id(), "Tora Team", Role.BUYER);
        ProjectId project = projects.create(
                new no.innomotor.projects.CreateProject(
                        "Steg for steg",
                        "Behovet er å gi eldre trygghet i eget hjem uten å låse løsningen.",
                        baerum.id(),
                        no.innomotor.shared.Money.nok(2_000_000),
                        ProjectCodes.cpv(List.of("72000000")),
                        NutsCode.of("NO081"),
                        no.innomotor.projects.ProcedureType.INNOVATION_PARTNERSHIP,
                        Set.of(teamMate.id())),
                baerum.buyer().user());
        fixtures.signedMandate(baerum, project);
        fixtures.tickRequired(baerum, project, RoadmapStep.of(1));
        projects.completeStep(project, RoadmapStep.of(1), baerum.buyer().user());

        List<InboxEntry> entries = awaitEntries(teamMate, 2);
        assertThat(entries)
                .extracting(InboxEntry::text)
                .contains("Steg 1 (Forankring) i «Steg for steg» er fullført. Prosjektet går videre til "
                        + "Behovsavklaring.");
        assertThat(entries)
                .filteredOn(entry -> entry.title().startsWith("Steg 1"))
                .extracting(InboxEntry::link)
                .containsExactly("/projects/" + project + "/steps/2");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> subjectsMailedTo(teamMate.email()).contains("Steg 1 er fullført: Steg for steg"));
        assertThat(kinds(baerum.buyer())).doesNotContain("step-completed");
        assertThat(kinds(other.buyer())).isEmpty();
    }

    @Test
    void aMailIsWrittenInTheLanguageTheRecipientLastChose() throws Exception {
        // The leader switches the pages to English while signed in: from then on mail to them is English too.
        mvc.perform(get("/").param("lang", "en").with(user(baerum.leader().details())))
                .andExpect(status().isOk());
        assertThat(organisations.findPerson(baerum.leader().id()).orElseThrow().language())
                .isEqualTo("en");
        ProjectId project = fixtures.project(baerum, "Lys i løypa");
        int version = projects.draftMandate(
                project, ProjectFixtures.terms("Lys"), baerum.buyer().user());
        projects.markMandateReady(project, version, baerum.buyer().user());

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !subjectsMailedTo(baerum.leader().email()).isEmpty());
        assertThat(subjectsMailedTo(baerum.leader().email())).containsExactly("Mandate for signature: Lys i løypa");
        // Someone who never chose is written to in bokmål; an unsupported choice changes nothing.
        mvc.perform(get("/").param("lang", "xx").with(user(baerum.leader().details())));
        assertThat(organisations.findPerson(baerum.leader().id()).orElseThrow().language())
                .isEqualTo("en");
        assertThat(organisations.findPerson(baerum.buyer().id()).orElseThrow().locale())
                .isEqualTo(BOKMAL);
    }

    @Test
    void oneLeadersSignatureSettlesTheRequestInTheOtherLeadersInbox() throws Exception {
        Person second = fixtures.person(baerum.id(), "Siv Sjef", Role.TOP_LEADER);
        ProjectId project = fixtures.project(baerum, "Varme i gatene");
        int version = projects.draftMandate(
                project, ProjectFixtures.terms("Varme gater"), baerum.buyer().user());
        projects.markMandateReady(project, version, baerum.buyer().user());
        assertThat(awaitEntries(second, 1)).singleElement().satisfies(entry -> {
            assertThat(entry.unread()).isTrue();
            assertThat(entry.settled()).isNull();
        });
        assertThat(inbox.unread(second.id())).isEqualTo(1);

        projects.signMandate(project, version, baerum.id(), baerum.leader().user());

        await().atMost(Duration.ofSeconds(20))
                .until(() -> inbox.inbox(second.user(), 0, BOKMAL)
                                .getContent()
                                .get(0)
                                .settled()
                        != null);
        InboxEntry settled = inbox.inbox(second.user(), 0, BOKMAL).getContent().get(0);
        assertThat(settled.title()).isEqualTo("Mandat til signering: Varme i gatene");
        assertThat(settled.settled()).isEqualTo("Mandatet er signert, så det venter ikke lenger på noen.");
        assertThat(settled.unread()).isFalse();
        assertThat(inbox.unread(second.id())).isZero();
        assertThat(inbox.inbox(second.user(), 0, Locale.ENGLISH)
                        .getContent()
                        .get(0)
                        .settled())
                .isEqualTo("The mandate has been signed, so it no longer waits for anyone.");
        mvc.perform(get("/inbox").with(user(second.details())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Ordnet</span> Mandatet er signert")));
    }

    @Test
    void anInvitationToSomeoneWithAnAccountAlsoLandsInTheirInboxWithoutTheSecretLink() {
        Person invitee = fixtures.person(other.id(), "Ivar Invitert", Role.BUYER);
        invitations.invite(
                baerum.id(), invitee.email(), Role.BUYER, baerum.leader().user(), BOKMAL);

        List<InboxEntry> entries = awaitEntries(invitee, 1);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.title()).isEqualTo("Invitasjon til Varselvik kommune");
            assertThat(entry.text())
                    .startsWith("Lars Leder har invitert deg til Varselvik kommune med rollen Innkjøper. Bruk lenken "
                            + "i e-posten vi sendte til " + invitee.email());
            assertThat(entry.link()).isNull();
        });
        assertThat(kinds(baerum.leader())).isEmpty();
    }

    @Test
    void aMessageIsRenderedInTheReadersLanguage() {
        ProjectId project = fixtures.project(baerum, "Språkprosjektet");
        fixtures.signedMandate(baerum, project);
        awaitEntries(baerum.buyer(), 1);

        assertThat(inbox.inbox(baerum.buyer().user(), 0, BOKMAL)
                        .getContent()
                        .get(0)
                        .text())
                .matches("Lars Leder signerte mandatet for «Språkprosjektet» \\(versjon 1\\) "
                        + "\\d{1,2}\\. [a-zæøå]+ \\d{4} kl\\. \\d\\d:\\d\\d\\. Prosjektet kan gå videre\\.");
        assertThat(inbox.inbox(baerum.buyer().user(), 0, Locale.forLanguageTag("nn"))
                        .getContent()
                        .get(0)
                        .text())
                .startsWith("Lars Leder signerte mandatet for «Språkprosjektet» (versjon 1) ")
                .endsWith("Prosjektet kan gå vidare.");
        assertThat(inbox.inbox(baerum.buyer().user(), 0, Locale.ENGLISH)
                        .getContent()
                        .get(0)
                        .text())
                .matches("Lars Leder signed the mandate for “Språkprosjektet” \\(version 1\\) on "
                        + "\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d\\d:\\d\\d\\. The project can move on\\.");
    }

    @Test
    void anotherPersonsMessageCannotBeRead() {
        InboxMessage mine =
                messages.save(new InboxMessage(baerum.buyer().id(), "invitation", null, null, java.time.Instant.now()));
        PersonId stranger = other.buyer().id();
        assertThat(stranger).isNotEqualTo(baerum.buyer().id());
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> inbox.read(mine.id(), other.buyer().user()))
                .isInstanceOf(InboxMessageNotFound.class);
        assertThat(messages.findById(mine.id()).orElseThrow().readAt()).isNull();
    }
}
