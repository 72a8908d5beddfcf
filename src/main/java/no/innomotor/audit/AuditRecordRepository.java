package no.innomotor.audit;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface AuditRecordRepository extends JpaRepository<AuditRecord, UUID>, JpaSpecificationExecutor<AuditRecord> {

    List<AuditRecord> findByObjectTypeAndObjectIdOrderByOccurredAtAsc(String objectType, String objectId);
}
