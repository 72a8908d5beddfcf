package no.innomotor.organisations;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonRepository extends JpaRepository<Person, UUID> {

    Optional<Person> findByEmail(String email);

    boolean existsByEmail(String email);

    /**
     * The person with each active role and its organisation, in one statement (a row without a role for a person who
     * holds none; no row for nobody): every signed-in request reads it.
     */
    @Query("""
            select new no.innomotor.organisations.AccessRow(p.displayName, p.enabled, o.id, o.name, o.status, r.role)
            from Person p
            left join MembershipRole r on r.personId = p.id and r.status = :active
            left join Organisation o on o.id = r.organisationId
            where p.id = :id
            """)
    List<AccessRow> access(@Param("id") UUID id, @Param("active") MembershipRole.Status active);
}
