package no.innomotor.riskrelief;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApplicationFileRepository extends JpaRepository<ApplicationFile, UUID> {

    /** The files of an application without their content, oldest first. */
    @Query("""
            select new no.innomotor.riskrelief.FileLine(
                f.id, f.filename, f.sizeBytes, f.purpose, f.uploadedAt)
            from ApplicationFile f where f.applicationId = :application order by f.uploadedAt""")
    List<FileLine> lines(@Param("application") UUID application);
}
