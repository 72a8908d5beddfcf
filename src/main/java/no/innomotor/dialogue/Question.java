package no.innomotor.dialogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import no.innomotor.dialogue.DialogueEvents.AnswerPublished;
import no.innomotor.dialogue.DialogueEvents.QuestionAsked;
import no.innomotor.dialogue.DialogueEvents.QuestionBundled;
import no.innomotor.dialogue.DialogueEvents.QuestionTakenUp;
import no.innomotor.dialogue.DialogueExceptions.NotAMainQuestion;
import no.innomotor.dialogue.DialogueExceptions.QuestionAlreadyAnswered;
import no.innomotor.shared.OrganisationId;
import no.innomotor.shared.PersonId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A registered company's question, private to the buyer's team and the asking company until its answer is
 * published. A duplicate points to its main question and is answered when the main one is.
 */
@Entity
@Table(name = "dialogue_question")
class Question extends AbstractAggregateRoot<Question> {

    static final int MAX_TEXT = 5_000;

    @Id
    private UUID id;

    @Column(name = "announcement_id", nullable = false)
    private UUID announcementId;

    @Column(name = "company_id", nullable = false)
    private UUID companyId;

    @Column(name = "asked_by", nullable = false)
    private UUID askedBy;

    @Column(nullable = false, columnDefinition = "text")
    private String text;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private QuestionState state;

    @Column(name = "main_question")
    private @Nullable UUID mainQuestion;

    @Column(columnDefinition = "text")
    private @Nullable String answer;

    @Column(name = "answered_by")
    private @Nullable UUID answeredBy;

    @Column(name = "answered_at")
    private @Nullable Instant answeredAt;

    @Version
    private @Nullable Long version;

    protected Question() {}

    Question(Announcement announcement, OrganisationId company, String text, PersonId by, Instant now) {
        this.id = UUID.randomUUID();
        this.announcementId = announcement.id().value();
        this.companyId = company.value();
        this.askedBy = by.value();
        this.text = text;
        this.askedAt = now.truncatedTo(ChronoUnit.MICROS);
        this.state = QuestionState.RECEIVED;
        registerEvent(
                new QuestionAsked(by, announcement.organisation(), announcement.id(), announcement.title(), id()));
    }

    void takeUp(Announcement announcement, PersonId by) {
        requireOpen();
        if (state == QuestionState.IN_PROGRESS) {
            return;
        }
        this.state = QuestionState.IN_PROGRESS;
        registerEvent(
                new QuestionTakenUp(by, announcement.organisation(), announcement.id(), announcement.title(), id()));
    }

    /** Makes this question a duplicate of {@code main}, an unanswered or answered main question of the same announcement. */
    void bundleInto(Question main, Announcement announcement, PersonId by) {
        requireOpen();
        if (main.id.equals(id) || !main.announcementId.equals(announcementId) || main.mainQuestion != null) {
            throw new NotAMainQuestion(main.id());
        }
        this.mainQuestion = main.id;
        if (main.state == QuestionState.ANSWERED) {
            this.state = QuestionState.ANSWERED;
            this.answeredAt = main.answeredAt;
            this.answeredBy = main.answeredBy;
        }
        registerEvent(new QuestionBundled(
                by, announcement.organisation(), announcement.id(), announcement.title(), id(), main.id()));
    }

    /** Publishes the answer, with its duplicates, to every company registered now. */
    void answer(
            String answerText,
            List<Question> duplicates,
            List<OrganisationId> registered,
            Announcement announcement,
            PersonId by,
            Instant now) {
        requireOpen();
        if (mainQuestion != null) {
            throw new NotAMainQuestion(id());
        }
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        this.answer = answerText;
        this.state = QuestionState.ANSWERED;
        this.answeredBy = by.value();
        this.answeredAt = at;
        for (Question duplicate : duplicates) {
            duplicate.state = QuestionState.ANSWERED;
            duplicate.answeredBy = by.value();
            duplicate.answeredAt = at;
        }
        registerEvent(new AnswerPublished(
                by, announcement.organisation(), announcement.id(), announcement.title(), id(), registered));
    }

    private void requireOpen() {
        if (state == QuestionState.ANSWERED) {
            throw new QuestionAlreadyAnswered(id());
        }
    }

    QuestionId id() {
        return new QuestionId(id);
    }

    AnnouncementId announcement() {
        return new AnnouncementId(announcementId);
    }

    OrganisationId company() {
        return new OrganisationId(companyId);
    }

    String text() {
        return text;
    }

    Instant askedAt() {
        return askedAt;
    }

    QuestionState state() {
        return state;
    }

    @Nullable
    QuestionId mainQuestion() {
        return mainQuestion == null ? null : new QuestionId(mainQuestion);
    }

    @Nullable
    String answer() {
        return answer;
    }

    @Nullable
    Instant answeredAt() {
        return answeredAt;
    }

    /** Published: answered as a main question (a duplicate's own text stays private; its main question is shown). */
    boolean published() {
        return state == QuestionState.ANSWERED && mainQuestion == null;
    }

    long version() {
        return version == null ? 0 : version;
    }

    /** The events registered and not yet published, for the aggregate's own tests. */
    List<Object> pendingEvents() {
        return List.copyOf(domainEvents());
    }
}
