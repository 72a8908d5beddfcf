package no.innomotor.dialogue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConferenceRegistrationRepository extends JpaRepository<ConferenceRegistration, UUID> {

    /** In the order they came: the waiting list's order. */
    List<ConferenceRegistration> findByConferenceIdOrderByRegisteredAtAscIdAsc(UUID conferenceId);

    Optional<ConferenceRegistration> findByConferenceIdAndCompanyId(UUID conferenceId, UUID companyId);
}
