package no.innomotor.dialogue;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, UUID> {

    List<Attachment> findByAnnouncementIdAndOwnerKindOrderByUploadedAtAscIdAsc(
            UUID announcementId, AttachmentOwner kind);

    List<Attachment> findByOwnerKindAndOwnerIdInOrderByUploadedAtAscIdAsc(
            AttachmentOwner kind, Collection<UUID> owners);
}
