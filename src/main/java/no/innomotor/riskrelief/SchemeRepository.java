package no.innomotor.riskrelief;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface SchemeRepository extends JpaRepository<Scheme, UUID> {

    List<Scheme> findByOwnerIdInOrderByCreatedAtDesc(Collection<UUID> owners);

    List<Scheme> findByStatusOrderByDeadline(SchemeStatus status);

    List<Scheme> findByStatusAndDeadlineBetween(SchemeStatus status, LocalDate from, LocalDate to);
}
