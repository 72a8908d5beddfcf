package no.innomotor.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import no.innomotor.platform.DemoAccounts;
import no.innomotor.shared.security.CurrentUser;
import no.innomotor.testing.InnomotorTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's dialogue conference and draft: Sensorlab and Nordlys registered for Bærum's conference, Helsetek not
 * yet; a public invitation on the announcement; a draft requirement specification open for comment.
 */
@InnomotorTest
@TestPropertySource(properties = "innomotor.demo.enabled=true")
class ConferenceDemoDataTests {

    @Autowired
    DialogueQueries queries;

    @Autowired
    ConferenceManagement conferences;

    @Autowired
    DialogueAttachments attachments;

    @Autowired
    DraftDocuments drafts;

    @Autowired
    UserDetailsService users;

    @Autowired
    MockMvc mvc;

    private AnnouncementId baerums() {
        return queries.published().stream()
                .filter(a -> a.organisationName().equals("Bærum kommune"))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void baerumsConferenceHasSensorlabAndNordlysAnAgendaAndRoomForHelsetek() {
        AnnouncementId announcement = baerums();
        CurrentUser kari = (CurrentUser) users.loadUserByUsername(DemoAccounts.BUYER.email());
        ConferenceView conference = conferences.conference(announcement, kari).orElseThrow();
        assertThat(conference.seats())
                .extracting(SeatView::companyName)
                .containsExactlyInAnyOrder("Sensorlab AS", "Nordlys Data AS");
        assertThat(conference.plan().agenda()).hasSizeGreaterThan(3);
        assertThat(conference.freePlaces()).isEqualTo(37);
        assertThat(conference.open()).isTrue();
    }

    @Test
    void theInvitationIsPublicAndTheDraftIsOpenForComment() throws Exception {
        AnnouncementId announcement = baerums();
        AttachmentView invitation =
                attachments.announcementFiles(announcement, null).get(0);
        assertThat(mvc.perform(get(invitation.href()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Invitasjon til dialogkonferanse");
        CurrentUser sara = (CurrentUser) users.loadUserByUsername(DemoAccounts.SUPPLIER.email());
        DraftView draft = drafts.forAnnouncement(announcement, sara).get(0);
        assertThat(draft.title()).isEqualTo("Utkast til kravspesifikasjon: varsling om natten");
        assertThat(draft.commentDeadline()).isAfter(Instant.now());
        assertThat(draft.files()).extracting(AttachmentView::filename).containsExactly("utkast-kravspesifikasjon.txt");
    }
}
