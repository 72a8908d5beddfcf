package no.innomotor.organisations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PasswordResetRepository extends JpaRepository<PasswordReset, UUID> {

    Optional<PasswordReset> findByTokenHash(String tokenHash);

    List<PasswordReset> findByPersonIdAndUsedAtIsNull(UUID personId);

    long countByPersonIdAndCreatedAtAfter(UUID personId, Instant since);
}
