package no.innomotor.organisations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.innomotor.shared.security.Role;
import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRoleRepository extends JpaRepository<MembershipRole, UUID> {

    List<MembershipRole> findByPersonId(UUID personId);

    List<MembershipRole> findByPersonIdAndStatus(UUID personId, MembershipRole.Status status);

    List<MembershipRole> findByOrganisationId(UUID organisationId);

    List<MembershipRole> findByOrganisationIdInAndRoleAndStatus(
            java.util.Collection<UUID> organisationIds, Role role, MembershipRole.Status status);

    List<MembershipRole> findByStatusOrderByGrantedAtAsc(MembershipRole.Status status);

    List<MembershipRole> findByRoleAndStatus(Role role, MembershipRole.Status status);

    Optional<MembershipRole> findByPersonIdAndOrganisationIdAndRole(UUID personId, UUID organisationId, Role role);

    boolean existsByPersonIdAndOrganisationId(UUID personId, UUID organisationId);

    boolean existsByPersonIdAndOrganisationIdAndRole(UUID personId, UUID organisationId, Role role);
}
