package no.innomotor.dialogue;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionRepository extends JpaRepository<Question, UUID> {

    List<Question> findByAnnouncementIdOrderByAskedAt(UUID announcementId);

    List<Question> findByMainQuestion(UUID mainQuestion);

    /** Main questions not yet answered: what one supplier asked and the others have not seen answered. */
    long countByAnnouncementIdAndMainQuestionIsNullAndStateNot(UUID announcementId, QuestionState state);

    List<Question> findByAnnouncementIdInAndStateNot(Collection<UUID> announcements, QuestionState state);
}
