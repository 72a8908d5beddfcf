package no.innomotor.benefits;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** Benefits read across plans, for the front page; they change only through their plan. */
interface BenefitRepository extends JpaRepository<Benefit, UUID> {

    @Query(
            "select b from Benefit b join fetch b.plan p where (p.organisationId in :organisations or b.ownerId = :person)"
                    + " and b.nextDue <= :day order by b.nextDue")
    List<Benefit> due(
            @Param("organisations") Collection<UUID> organisations,
            @Param("person") UUID person,
            @Param("day") LocalDate day);

    /** Benefits whose measurement is due by the day and whose owner has not been reminded of that due date. */
    @Query("select b from Benefit b join fetch b.plan where b.nextDue <= :day"
            + " and (b.remindedFor is null or b.remindedFor <> b.nextDue)")
    List<Benefit> unreminded(@Param("day") LocalDate day);
}
