package no.innomotor.funding;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FundingEntryRepository extends JpaRepository<FundingEntry, UUID> {

    List<FundingEntry> findByProjectIdOrderByPeriodStartAscInstrumentNameAsc(UUID projectId);

    Optional<FundingEntry> findByIdAndProjectId(UUID id, UUID projectId);

    Optional<FundingEntry> findByApplicationId(String applicationId);

    /** The application's entry, locked until the transaction ends: its events are applied one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from FundingEntry e where e.applicationId = :applicationId")
    Optional<FundingEntry> lockByApplicationId(@Param("applicationId") String applicationId);

    List<FundingEntry> findByActorOrganisationId(UUID actorOrganisationId);

    List<FundingEntry> findByProjectIdIn(Collection<UUID> projectIds);

    List<FundingEntry> findByProjectOrganisationIdIn(Collection<UUID> organisationIds);

    List<FundingEntry> findByActorOrganisationIdIsNotNull();
}
