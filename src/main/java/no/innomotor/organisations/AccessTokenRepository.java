package no.innomotor.organisations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.transaction.annotation.Transactional;

interface AccessTokenRepository extends JpaRepository<AccessToken, UUID> {

    Optional<AccessToken> findByTokenHash(String tokenHash);

    List<AccessToken> findByPersonIdAndRevokedAtIsNullOrderByCreatedAtDesc(UUID personId);

    long countByPersonIdAndRevokedAtIsNullAndExpiresAtAfter(UUID personId, Instant now);

    /** Writes the last use, only when the one stored is older than {@code before}: at most one write per interval. */
    @Transactional
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AccessToken t set t.lastUsedAt = :now where t.id = :id "
            + "and (t.lastUsedAt is null or t.lastUsedAt < :before)")
    int markUsed(@Param("id") UUID id, @Param("now") Instant now, @Param("before") Instant before);
}
