package no.innomotor.dialogue;

import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A question as the reader may see it. The public sees published ones only, without the asker; the asking company
 * sees its own in every state ({@code own}); the team sees every question with the company that asked
 * ({@code askedBy}). A duplicate names its main question, whose answer it shares ({@code answer}).
 */
public record QuestionView(
        QuestionId id,
        AnnouncementId announcement,
        String text,
        Instant askedAt,
        QuestionState state,
        Optional<QuestionId> mainQuestion,
        Optional<String> answer,
        @Nullable Instant answeredAt,
        boolean own,
        Optional<String> askedBy,
        long version) {

    public boolean duplicate() {
        return mainQuestion.isPresent();
    }

    public boolean answered() {
        return state == QuestionState.ANSWERED;
    }
}
