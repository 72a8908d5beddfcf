package no.innomotor.organisations;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationRequestRepository extends JpaRepository<RegistrationRequest, UUID> {

    Optional<RegistrationRequest> findByTokenHash(String tokenHash);

    long countByEmailAndCreatedAtAfter(String email, Instant since);
}
