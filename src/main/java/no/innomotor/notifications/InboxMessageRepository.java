package no.innomotor.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InboxMessageRepository extends JpaRepository<InboxMessage, UUID> {

    Page<InboxMessage> findByRecipientIdOrderByCreatedAtDescIdDesc(UUID recipientId, Pageable page);

    List<InboxMessage> findByRecipientId(UUID recipientId);

    Optional<InboxMessage> findByIdAndRecipientId(UUID id, UUID recipientId);

    long countByRecipientIdAndReadAtIsNull(UUID recipientId);

    List<InboxMessage> findByKindAndLinkAndSettledAtIsNull(String kind, String link);

    @Modifying
    @Query("update InboxMessage m set m.readAt = :now where m.recipientId = :recipient and m.readAt is null")
    int markAllRead(UUID recipient, Instant now);
}
