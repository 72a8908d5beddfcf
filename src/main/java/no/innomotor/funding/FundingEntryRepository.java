package no.innomotor.funding;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FundingEntryRepository extends JpaRepository<FundingEntry, UUID> {

    List<FundingEntry> findByProjectIdOrderByPeriodStartAscInstrumentNameAsc(UUID projectId);

    Optional<FundingEntry> findByIdAndProjectId(UUID id, UUID projectId);

    Optional<FundingEntry> findByApplicationId(String applicationId);

    List<FundingEntry> findByActorOrganisationId(UUID actorOrganisationId);

    List<FundingEntry> findByProjectIdIn(Collection<UUID> projectIds);

    List<FundingEntry> findByProjectOrganisationIdIn(Collection<UUID> organisationIds);

    List<FundingEntry> findByActorOrganisationIdIsNotNull();
}
