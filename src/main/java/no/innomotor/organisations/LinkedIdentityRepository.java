package no.innomotor.organisations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface LinkedIdentityRepository extends JpaRepository<LinkedIdentity, UUID> {

    Optional<LinkedIdentity> findByRegistrationIdAndSubject(String registrationId, String subject);

    Optional<LinkedIdentity> findByPersonIdAndRegistrationId(UUID personId, String registrationId);

    List<LinkedIdentity> findByPersonIdOrderByLinkedAtAsc(UUID personId);
}
