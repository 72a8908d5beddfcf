package no.innomotor.instruments;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface InstrumentRepository extends JpaRepository<Instrument, UUID> {

    List<Instrument> findByOwnerIdInOrderByName(Collection<UUID> owners);

    List<Instrument> findAllByOrderByName();
}
