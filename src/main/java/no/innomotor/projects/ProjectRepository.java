package no.innomotor.projects;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProjectRepository extends JpaRepository<Project, UUID> {

    List<Project> findAllByOrderByIdAsc(Limit limit);

    List<Project> findByIdGreaterThanOrderByIdAsc(UUID after, Limit limit);

    List<Project> findByOrganisationIdInOrderByCreatedAtDesc(Collection<UUID> organisations);

    @Query("select distinct p.organisationId from Project p")
    List<UUID> owningOrganisations();

    /**
     * The organisations' projects with a status in {@code open} whose newest mandate version is ready for signature
     * and not signed (as {@link Project#mandateState()} tells it), newest first, read without loading the projects.
     */
    @Query("""
            select new no.innomotor.projects.MandateAwaitingSignature(p.id, p.title, p.organisationId, m.versionNumber)
            from Project p join p.mandates m
            where p.organisationId in :organisations and p.status in :open
              and m.versionNumber = (select max(n.versionNumber) from Project q join q.mandates n where q.id = p.id)
              and m.stage = :ready
              and (m.signedAt is null or m.signedBy is null or m.signerName is null or m.contentHash is null)
            order by p.createdAt desc""")
    List<MandateAwaitingSignature> awaitingSignature(
            @Param("organisations") Collection<UUID> organisations,
            @Param("open") Collection<ProjectStatus> open,
            @Param("ready") Mandate.Stage ready);

    /** The organisations' projects with the status whose current step is due on or before the horizon, newest first. */
    @Query("""
            select new no.innomotor.projects.StepDueSoon(p.id, p.title, p.organisationId, s.number, s.dueDate)
            from Project p join p.steps s
            where p.organisationId in :organisations and p.status = :status
              and s.number = p.currentStep and s.dueDate <= :horizon
            order by p.createdAt desc""")
    List<StepDueSoon> stepsDue(
            @Param("organisations") Collection<UUID> organisations,
            @Param("status") ProjectStatus status,
            @Param("horizon") LocalDate horizon);
}
