package no.innomotor.riskrelief;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LedgerRepository extends JpaRepository<Ledger, UUID> {

    List<Ledger> findBySchemeIdOrderByPeriodYear(UUID schemeId);

    List<Ledger> findBySchemeIdIn(java.util.Collection<UUID> schemeIds);

    Optional<Ledger> findBySchemeIdAndPeriodYear(UUID schemeId, int periodYear);

    /**
     * Commits {@code amount} if the period's remainder covers it, in one statement the database runs under the row's
     * lock: 1 when committed, 0 when the remainder was too small (nothing changed).
     */
    @Modifying(flushAutomatically = true)
    @Query("""
            update Ledger l set l.committed = l.committed + :amount
            where l.id = :id and l.budget - l.committed >= :amount""")
    int commit(@Param("id") UUID id, @Param("amount") long amount);

    /** Pays out {@code amount} of what is committed and not paid yet: 1 when paid, 0 when it is not covered. */
    @Modifying(flushAutomatically = true)
    @Query("""
            update Ledger l set l.paid = l.paid + :amount
            where l.id = :id and l.committed - l.paid >= :amount""")
    int pay(@Param("id") UUID id, @Param("amount") long amount);
}
