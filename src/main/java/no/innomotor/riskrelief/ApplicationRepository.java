package no.innomotor.riskrelief;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApplicationRepository extends JpaRepository<RiskReliefApplication, UUID> {

    List<RiskReliefApplication> findByApplicantIdInOrderByCreatedAtDesc(Collection<UUID> applicants);

    /** The applications of the owners' schemes that the owner sees: every one but the drafts. */
    @Query("""
            select a from RiskReliefApplication a
            where a.schemeOwnerId in :owners and a.status <> no.innomotor.riskrelief.ApplicationStatus.DRAFT
            order by a.createdAt desc""")
    List<RiskReliefApplication> ofOwners(@Param("owners") Collection<UUID> owners);

    @Query("""
            select distinct a from RiskReliefApplication a join a.assignments s
            where s.assessorId = :assessor and (s.conflict is null or s.conflict = false)
            order by a.createdAt desc""")
    List<RiskReliefApplication> assignedTo(@Param("assessor") UUID assessor);

    List<RiskReliefApplication> findBySchemeIdOrderByCreatedAtDesc(UUID schemeId);

    /** Decided applications with a milestone due by {@code until} that is neither reported nor reminded today. */
    @Query("""
            select distinct a from RiskReliefApplication a join a.milestones m
            where a.status = no.innomotor.riskrelief.ApplicationStatus.DECIDED
                and m.reportedAt is null and m.dueOn <= :until
                and (m.remindedOn is null or m.remindedOn < :today)""")
    List<RiskReliefApplication> milestonesDue(@Param("until") LocalDate until, @Param("today") LocalDate today);
}
