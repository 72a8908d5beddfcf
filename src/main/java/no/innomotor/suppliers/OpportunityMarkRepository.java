package no.innomotor.suppliers;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OpportunityMarkRepository extends JpaRepository<OpportunityMark, UUID> {

    @Query("select m from OpportunityMark m where m.personId = :person order by m.createdAt desc, m.id")
    List<OpportunityMark> ofPerson(@Param("person") UUID person);

    @Query("select m from OpportunityMark m where m.personId = :person and m.opportunityId = :opportunity")
    List<OpportunityMark> ofPersonOn(@Param("person") UUID person, @Param("opportunity") UUID opportunity);

    @Query("""
            select m from OpportunityMark m
            where m.personId = :person and m.opportunityId = :opportunity and m.kind = :kind""")
    Optional<OpportunityMark> find(
            @Param("person") UUID person, @Param("opportunity") UUID opportunity, @Param("kind") MarkKind kind);

    @Query("select distinct m.personId from OpportunityMark m where m.opportunityId = :opportunity and m.kind = :kind")
    List<UUID> people(@Param("opportunity") UUID opportunity, @Param("kind") MarkKind kind);

    @Query(
            "select count(distinct m.organisationId) from OpportunityMark m where m.opportunityId = :opportunity and m.kind = :kind")
    long organisations(@Param("opportunity") UUID opportunity, @Param("kind") MarkKind kind);
}
