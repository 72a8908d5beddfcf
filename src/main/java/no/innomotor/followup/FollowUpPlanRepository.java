package no.innomotor.followup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FollowUpPlanRepository extends JpaRepository<FollowUpPlan, UUID> {

    Optional<FollowUpPlan> findByCompanyIdAndStatus(UUID companyId, PlanStatus status);

    List<FollowUpPlan> findByCompanyIdInAndStatus(Collection<UUID> companyIds, PlanStatus status);

    List<FollowUpPlan> findByCompanyIdOrderByCreatedAtDesc(UUID companyId);

    /** Every open plan as a row: the overview's one read of the plans. */
    @Query("""
            select new no.innomotor.followup.PlanRow(p.id, p.companyId, p.createdBy)
            from FollowUpPlan p where p.status = no.innomotor.followup.PlanStatus.OPEN""")
    List<PlanRow> openPlans();

    /** The newest activity date of each open plan that has activities. */
    @Query("""
            select new no.innomotor.followup.DateRow(a.planId, max(a.heldOn))
            from PlanActivity a, FollowUpPlan p
            where a.planId = p.id and p.status = no.innomotor.followup.PlanStatus.OPEN
            group by a.planId""")
    List<DateRow> lastActivities();

    /** The open steps of every open plan: how many, how many overdue on {@code today}, the earliest due. */
    @Query("""
            select new no.innomotor.followup.StepsRow(
                s.planId, count(s), sum(case when s.dueOn < :today then 1 else 0 end), min(s.dueOn))
            from NextStep s, FollowUpPlan p
            where s.planId = p.id and p.status = no.innomotor.followup.PlanStatus.OPEN and s.doneAt is null
            group by s.planId""")
    List<StepsRow> openSteps(@Param("today") LocalDate today);

    /** The open steps due by {@code until} of the open plans the adviser made: the adviser's front page. */
    @Query("""
            select s from NextStep s, FollowUpPlan p
            where s.planId = p.id and p.status = no.innomotor.followup.PlanStatus.OPEN and s.doneAt is null
                and s.dueOn <= :until and p.createdBy = :keeper
            order by s.dueOn""")
    List<NextStep> stepsDueBy(@Param("keeper") UUID keeper, @Param("until") LocalDate until);
}
