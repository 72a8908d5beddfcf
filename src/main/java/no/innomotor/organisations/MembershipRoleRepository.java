package no.innomotor.organisations;

import java.util.List;
import java.util.UUID;
import no.innomotor.shared.security.Role;
import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRoleRepository extends JpaRepository<MembershipRole, UUID> {

    List<MembershipRole> findByPersonId(UUID personId);

    List<MembershipRole> findByOrganisationId(UUID organisationId);

    boolean existsByPersonIdAndOrganisationId(UUID personId, UUID organisationId);

    boolean existsByPersonIdAndOrganisationIdAndRole(UUID personId, UUID organisationId, Role role);
}
