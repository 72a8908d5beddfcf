package no.innomotor.dialogue;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentContentRepository extends JpaRepository<AttachmentContent, UUID> {}
