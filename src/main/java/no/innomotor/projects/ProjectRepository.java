package no.innomotor.projects;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, UUID> {

    List<Project> findByOrganisationIdInOrderByCreatedAtDesc(Collection<UUID> organisations);

    @Query("select distinct p.organisationId from Project p")
    List<UUID> owningOrganisations();
}
