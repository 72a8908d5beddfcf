package no.innomotor.dialogue;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DraftCommentRepository extends JpaRepository<DraftComment, UUID> {

    List<DraftComment> findByDraftIdOrderByCommentedAtAscIdAsc(UUID draftId);

    long countByDraftId(UUID draftId);
}
