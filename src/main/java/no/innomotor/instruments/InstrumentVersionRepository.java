package no.innomotor.instruments;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InstrumentVersionRepository extends JpaRepository<InstrumentVersion, UUID> {

    /** The ids of the latest published versions, by name: the rows themselves never change once written. */
    @Query("""
            select v.id from InstrumentVersion v, Instrument i
            where v.instrumentId = i.id and v.number = i.publishedNumber
            order by v.name, v.instrumentId""")
    List<UUID> latestIds();

    @Query("""
            select v from InstrumentVersion v, Instrument i
            where v.instrumentId = i.id and v.number = i.publishedNumber and i.id = :id""")
    Optional<InstrumentVersion> latest(@Param("id") UUID id);

    @Query("""
            select v from InstrumentVersion v, Instrument i
            where v.instrumentId = i.id and v.number = i.publishedNumber and i.id in :ids""")
    List<InstrumentVersion> latest(@Param("ids") java.util.Collection<UUID> ids);
}
