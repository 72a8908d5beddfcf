package no.innomotor.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.innomotor.dialogue.DialogueEvents.AnnouncementDrafted;
import no.innomotor.dialogue.DialogueEvents.AnnouncementPublished;
import no.innomotor.dialogue.DialogueEvents.AnswerPublished;
import no.innomotor.projects.ProjectId;
import no.innomotor.shared.DomainException;
import no.innomotor.shared.NutsCode;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.junit.jupiter.api.Test;

/** The announcement's and the question's rules, on the aggregates themselves. */
class AnnouncementTests {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private final PersonId buyer = PersonId.random();
    private final OrganisationId owner = OrganisationId.random();

    private Announcement draft(AnnouncementFacts facts) {
        return new Announcement(AnnouncementId.random(), ProjectId.random(), owner, facts, buyer, NOW);
    }

    private static AnnouncementFacts facts(Instant deadline) {
        return DialogueFixtures.facts("Trygghet om natten", deadline);
    }

    @Test
    void draftingRegistersTheDraftedEventWithTheTitle() {
        Announcement announcement = draft(facts(NOW.plus(10, ChronoUnit.DAYS)));

        assertThat(announcement.status()).isEqualTo(AnnouncementStatus.DRAFT);
        assertThat(announcement.pendingEvents())
                .singleElement()
                .isInstanceOfSatisfying(AnnouncementDrafted.class, event -> {
                    assertThat(event.title()).isEqualTo("Trygghet om natten");
                    assertThat(event.organisation()).isEqualTo(owner);
                    assertThat(event.details()).containsEntry("title", "Trygghet om natten");
                });
    }

    @Test
    void publishingNeedsADeadlineInTheFuture() {
        Announcement past = draft(facts(NOW.minus(1, ChronoUnit.HOURS)));
        assertThatThrownBy(() -> past.publish(0, buyer, NOW))
                .isInstanceOfSatisfying(AnnouncementInputRejected.class, rejected -> {
                    assertThat(rejected.field()).isEqualTo("interestDeadline");
                    assertThat(rejected.messageKey()).isEqualTo("dialogue.publish.deadlinePast");
                });
        assertThat(past.status()).isEqualTo(AnnouncementStatus.DRAFT);

        AnnouncementFacts noDeadline = facts(NOW);
        Announcement missing = draft(new AnnouncementFacts(
                noDeadline.title(),
                noDeadline.need(),
                noDeadline.cpvCodes(),
                noDeadline.nutsCode(),
                null,
                null,
                null,
                null,
                null,
                "Berit",
                "berit@kommune.example"));
        assertThatThrownBy(() -> missing.publish(0, buyer, NOW))
                .isInstanceOfSatisfying(
                        AnnouncementInputRejected.class,
                        rejected -> assertThat(rejected.messageKey()).isEqualTo("dialogue.publish.deadlineMissing"));
    }

    @Test
    void publishingNeedsACpvCodeAndAContact() {
        AnnouncementFacts base = facts(NOW.plus(5, ChronoUnit.DAYS));
        Announcement noCpv = draft(new AnnouncementFacts(
                base.title(),
                base.need(),
                List.of(),
                NutsCode.of("NO081"),
                base.interestDeadline(),
                null,
                null,
                null,
                null,
                "Berit",
                "berit@kommune.example"));
        assertThatThrownBy(() -> noCpv.publish(0, buyer, NOW))
                .isInstanceOfSatisfying(
                        AnnouncementInputRejected.class,
                        rejected -> assertThat(rejected.field()).isEqualTo("cpvCodes"));

        Announcement noContact = draft(new AnnouncementFacts(
                base.title(),
                base.need(),
                base.cpvCodes(),
                NutsCode.of("NO081"),
                base.interestDeadline(),
                null,
                null,
                null,
                null,
                null,
                null));
        assertThatThrownBy(() -> noContact.publish(0, buyer, NOW))
                .isInstanceOfSatisfying(
                        AnnouncementInputRejected.class,
                        rejected -> assertThat(rejected.field()).isEqualTo("contactEmail"));
    }

    @Test
    void aPublishedAnnouncementIsOpenUntilItsDeadlineAndNoLongerEditable() {
        Instant deadline = NOW.plus(3, ChronoUnit.DAYS);
        Announcement announcement = draft(facts(deadline));
        announcement.publish(0, buyer, NOW);

        assertThat(announcement.pendingEvents())
                .last()
                .isInstanceOfSatisfying(
                        AnnouncementPublished.class,
                        event -> assertThat(event.interestDeadline()).isEqualTo(deadline));
        assertThat(announcement.open(NOW)).isTrue();
        assertThat(announcement.open(deadline)).isFalse();
        assertThat(announcement.open(deadline.plusSeconds(1))).isFalse();
        assertThatThrownBy(() -> announcement.change(facts(deadline), 0, buyer, NOW))
                .isInstanceOf(DomainException.Conflict.class);
    }

    @Test
    void aStaleVersionIsRefused() {
        Announcement announcement = draft(facts(NOW.plus(3, ChronoUnit.DAYS)));
        assertThatThrownBy(() -> announcement.change(facts(NOW.plus(4, ChronoUnit.DAYS)), 7, buyer, NOW))
                .isInstanceOf(AnnouncementChangedConcurrently.class);
        assertThatThrownBy(() -> announcement.publish(3, buyer, NOW))
                .isInstanceOf(AnnouncementChangedConcurrently.class);
    }

    @Test
    void aMeetingPeriodCannotEndBeforeItStarts() {
        AnnouncementFacts base = facts(NOW.plus(3, ChronoUnit.DAYS));
        AnnouncementFacts backwards = new AnnouncementFacts(
                base.title(),
                base.need(),
                base.cpvCodes(),
                base.nutsCode(),
                base.interestDeadline(),
                base.meetingsTo(),
                base.meetingsFrom(),
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> draft(backwards))
                .isInstanceOfSatisfying(
                        AnnouncementInputRejected.class,
                        rejected -> assertThat(rejected.field()).isEqualTo("meetingsTo"));
    }

    @Test
    void anAnswerCoversItsDuplicatesAndNamesEveryRegisteredCompany() {
        Announcement announcement = draft(facts(NOW.plus(3, ChronoUnit.DAYS)));
        announcement.publish(0, buyer, NOW);
        OrganisationId asker = OrganisationId.random();
        OrganisationId other = OrganisationId.random();
        Question main = new Question(announcement, asker, "Hvor mange boliger?", PersonId.random(), NOW);
        Question duplicate = new Question(announcement, other, "Hvor mange hjem?", PersonId.random(), NOW);
        duplicate.bundleInto(main, announcement, buyer);

        main.answer("Omtrent 20.", List.of(duplicate), List.of(asker, other), announcement, buyer, NOW);

        assertThat(main.published()).isTrue();
        assertThat(duplicate.state()).isEqualTo(QuestionState.ANSWERED);
        assertThat(duplicate.published())
                .as("a duplicate's own text stays private")
                .isFalse();
        assertThat(main.pendingEvents())
                .last()
                .isInstanceOfSatisfying(
                        AnswerPublished.class,
                        event -> assertThat(event.registeredCompanies()).containsExactly(asker, other));
        assertThatThrownBy(() -> main.answer("Igjen", List.of(), List.of(), announcement, buyer, NOW))
                .isInstanceOf(DomainException.Conflict.class);
        assertThatThrownBy(() -> duplicate.answer("Selv", List.of(), List.of(), announcement, buyer, NOW))
                .isInstanceOf(DomainException.class);
    }
}
