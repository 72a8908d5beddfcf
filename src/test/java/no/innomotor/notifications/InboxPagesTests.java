package no.innomotor.notifications;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import no.innomotor.audit.AuditLines;
import no.innomotor.organisations.OrganisationFixtures;
import no.innomotor.organisations.OrganisationSummary;
import no.innomotor.organisations.OrganisationType;
import no.innomotor.organisations.PersonSummary;
import no.innomotor.shared.AuditableEvent;
import no.innomotor.shared.security.Role;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The inbox page: a person sees and reads only their own messages; the header counts what is unread. */
@InnomotorTest
class InboxPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationFixtures fixtures;

    @Autowired
    InboxMessageRepository messages;

    PersonSummary reader;
    PersonSummary stranger;

    @BeforeEach
    void people() {
        OrganisationSummary org = fixtures.organisation(OrganisationType.MUNICIPALITY, "Innboksvik kommune");
        reader = fixtures.person("Inga Innboks", org.id(), Role.BUYER);
        stranger = fixtures.person("Frode Fremmed", org.id(), Role.BUYER);
    }

    private InboxMessage message(PersonSummary to, String project, String link) {
        return messages.save(new InboxMessage(
                to.id(),
                "mandate-ready",
                AuditLines.store(AuditableEvent.parameters(
                        "project", project, "organisation", "Innboksvik kommune", "version", 1)),
                link,
                Instant.now()));
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws Exception {
        mvc.perform(get("/inbox").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(post("/inbox/read-all").with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void aPersonSeesOnlyTheirOwnMessagesMarkedUnread() throws Exception {
        message(reader, "Mitt prosjekt", "/projects/mine");
        message(stranger, "Fremmed prosjekt", "/projects/other");
        mvc.perform(get("/inbox").with(fixtures.as(reader)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Mandat til signering: Mitt prosjekt"),
                                containsString(
                                        "<span class=\"ds-tag\" data-color=\"info\" data-size=\"sm\">Ulest</span>"),
                                not(containsString("Fremmed prosjekt")))));
    }

    @Test
    void anotherPersonsMessageIsNotFoundAndStaysUnread() throws Exception {
        InboxMessage theirs = message(stranger, "Fremmed prosjekt", "/projects/other");
        mvc.perform(post("/inbox/" + theirs.id() + "/read").with(csrf()).with(fixtures.as(reader)))
                .andExpect(status().isNotFound());
        org.assertj.core.api.Assertions.assertThat(
                        messages.findById(theirs.id()).orElseThrow().readAt())
                .isNull();
    }

    @Test
    void readingWithoutTheFormsTokenIsRefused() throws Exception {
        InboxMessage mine = message(reader, "Mitt prosjekt", "/projects/mine");
        mvc.perform(post("/inbox/" + mine.id() + "/read").with(fixtures.as(reader)))
                .andExpect(status().isForbidden());
    }

    @Test
    void followingAMessageMarksItReadAndTheHeaderCountGoesDown() throws Exception {
        InboxMessage first = message(reader, "Første", "/projects/first");
        message(reader, "Andre", "/projects/second");
        mvc.perform(get("/").with(fixtures.as(reader)))
                .andExpect(content()
                        .string(containsString(
                                "Innboks<span class=\"ds-sr-only\">,</span> <span class=\"im-inbox-count\">2</span>"
                                        + "<span class=\"ds-sr-only\"> uleste</span>")));

        mvc.perform(post("/inbox/" + first.id() + "/read").with(csrf()).with(fixtures.as(reader)))
                .andExpect(redirectedUrl("/projects/first"));
        mvc.perform(get("/inbox").with(fixtures.as(reader)))
                .andExpect(content().string(containsString("<span class=\"im-inbox-count\">1</span>")));

        mvc.perform(post("/inbox/read-all").with(csrf()).with(fixtures.as(reader)))
                .andExpect(redirectedUrl("/inbox"));
        mvc.perform(get("/inbox").with(fixtures.as(reader)))
                .andExpect(content()
                        .string(allOf(
                                not(containsString("im-inbox-count")),
                                containsString("href=\"/inbox\" aria-current=\"page\">Innboks</a>"))));
    }

    @Test
    void aMessageWithoutALinkOfItsOwnLeadsBackToTheInbox() throws Exception {
        InboxMessage invitation = messages.save(new InboxMessage(reader.id(), "invitation", null, null, Instant.now()));
        mvc.perform(post("/inbox/" + invitation.id() + "/read").with(csrf()).with(fixtures.as(reader)))
                .andExpect(redirectedUrl("/inbox"));
    }

    @Test
    void theInboxIsPagedNewestFirst() throws Exception {
        for (int i = 0; i < InboxManagement.PAGE_SIZE + 2; i++) {
            messages.save(new InboxMessage(
                    reader.id(),
                    "mandate-ready",
                    AuditLines.store(AuditableEvent.parameters("project", "Prosjekt " + i)),
                    "/projects/" + i,
                    Instant.parse("2026-11-01T10:00:00Z").plusSeconds(i)));
        }
        mvc.perform(get("/inbox").with(fixtures.as(reader)))
                .andExpect(content()
                        .string(allOf(
                                containsString("Prosjekt 21"),
                                not(containsString("«Prosjekt 1»")),
                                containsString("href=\"/inbox?page=1\""))));
        mvc.perform(get("/inbox?page=1").with(fixtures.as(reader)))
                .andExpect(content().string(allOf(containsString("«Prosjekt 1»"), containsString("«Prosjekt 0»"))));
    }
}
