package no.innomotor.projects;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProjectDocumentRepository extends JpaRepository<ProjectDocument, UUID> {

    List<ProjectDocument> findByProjectIdAndStepNumberOrderByUploadedAtAsc(UUID projectId, int stepNumber);

    Optional<ProjectDocument> findByIdAndProjectId(UUID id, UUID projectId);
}
