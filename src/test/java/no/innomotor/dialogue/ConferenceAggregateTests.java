package no.innomotor.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.innomotor.dialogue.DialogueEvents.ConferenceMinutesPublished;
import no.innomotor.dialogue.DialogueEvents.ConferencePlaceGiven;
import no.innomotor.dialogue.DialogueEvents.ConferenceRegistered;
import no.innomotor.dialogue.DialogueEvents.ConferenceScheduled;
import no.innomotor.dialogue.DialogueEvents.ConferenceWaitlisted;
import no.innomotor.dialogue.DialogueEvents.DraftDocumentCommented;
import no.innomotor.dialogue.DialogueEvents.DraftDocumentPublished;
import no.innomotor.dialogue.DialogueEvents.DraftSummaryPublished;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.junit.jupiter.api.Test;

/**
 * Which events the conference and draft aggregates register, and that none of them carries the minutes, a comment or
 * a summary: the audit trail must not spread content.
 */
class ConferenceAggregateTests {

    private final PersonId kari = new PersonId(java.util.UUID.randomUUID());
    private final OrganisationId buyer = new OrganisationId(java.util.UUID.randomUUID());
    private final OrganisationId company = new OrganisationId(java.util.UUID.randomUUID());
    private final Instant now = Instant.now();

    private Announcement announcement() {
        return new Announcement(
                AnnouncementId.random(),
                new ProjectId(java.util.UUID.randomUUID()),
                buyer,
                DialogueFixtures.facts("Markedsdialog om natten"),
                kari,
                now);
    }

    @Test
    void theConferenceRegistersItsScheduleAndMinutesWithoutTheirText() {
        Announcement announcement = announcement();
        Conference conference = new Conference(announcement, DialogueFixtures.plan(10, 2), kari, now);
        conference.publishMinutes("Hemmelig referattekst", List.of(company), announcement, kari, now);

        assertThat(conference.pendingEvents())
                .hasExactlyElementsOfTypes(ConferenceScheduled.class, ConferenceMinutesPublished.class);
        assertThat(conference.pendingEvents().toString()).doesNotContain("Hemmelig referattekst");
        ConferenceMinutesPublished minutes =
                (ConferenceMinutesPublished) conference.pendingEvents().get(1);
        assertThat(minutes.registeredCompanies()).containsExactly(company);
    }

    @Test
    void aRegistrationIsConfirmedOrWaitingAndAPromotionIsItsOwnEvent() {
        Announcement announcement = announcement();
        Conference conference = new Conference(announcement, DialogueFixtures.plan(10, 2), kari, now);
        List<Participant> people = List.of(new Participant("Åse", "aase@firma.example"));
        ConferenceRegistration confirmed =
                new ConferenceRegistration(conference, announcement, company, "Firma AS", people, true, kari, now);
        ConferenceRegistration waiting =
                new ConferenceRegistration(conference, announcement, company, "Firma AS", people, false, kari, now);
        waiting.promote(announcement, "Firma AS", kari, now);

        assertThat(confirmed.pendingEvents()).hasExactlyElementsOfTypes(ConferenceRegistered.class);
        assertThat(waiting.pendingEvents())
                .hasExactlyElementsOfTypes(ConferenceWaitlisted.class, ConferencePlaceGiven.class);
        assertThat(waiting.confirmed()).isTrue();
    }

    @Test
    void aDraftItsCommentsAndItsSummaryRegisterEventsWithoutTheirText() {
        Announcement announcement = announcement();
        DraftDocument draft = new DraftDocument(
                announcement,
                new DraftFacts("Utkast", "Beskrivelse", now.plus(3, ChronoUnit.DAYS)),
                List.of(company),
                kari,
                now);
        DraftComment comment = new DraftComment(draft, announcement, company, "Hemmelig kommentar", kari, now);
        draft.publishSummary("Hemmelig oppsummering", List.of(company), announcement, kari, now);

        assertThat(draft.pendingEvents())
                .hasExactlyElementsOfTypes(DraftDocumentPublished.class, DraftSummaryPublished.class);
        assertThat(comment.pendingEvents()).hasExactlyElementsOfTypes(DraftDocumentCommented.class);
        assertThat(draft.pendingEvents().toString() + comment.pendingEvents())
                .doesNotContain("Hemmelig kommentar")
                .doesNotContain("Hemmelig oppsummering");
    }
}
