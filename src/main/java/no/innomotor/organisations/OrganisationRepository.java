package no.innomotor.organisations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

    Optional<Organisation> findByOrgNumber(String orgNumber);

    boolean existsByOrgNumber(String orgNumber);

    List<Organisation> findAllByOrderByNameAsc();

    List<Organisation> findByStatusOrderByNameAsc(OrganisationStatus status);

    List<Organisation> findByStatusOrderByCreatedAtAsc(OrganisationStatus status);
}
