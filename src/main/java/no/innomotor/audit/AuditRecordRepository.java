package no.innomotor.audit;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AuditRecordRepository extends JpaRepository<AuditRecord, UUID>, JpaSpecificationExecutor<AuditRecord> {

    List<AuditRecord> findByObjectTypeAndObjectIdOrderByOccurredAtAsc(String objectType, String objectId);

    @Query("select distinct r.objectType from AuditRecord r order by r.objectType")
    List<String> findObjectTypes();

    @Query("select distinct r.action from AuditRecord r order by r.action")
    List<String> findActions();
}
