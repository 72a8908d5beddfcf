package no.innomotor.instruments;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InstrumentVersionRepository extends JpaRepository<InstrumentVersion, UUID> {

    /** The latest published version of every instrument, by name. */
    @Query("""
            select v from InstrumentVersion v, Instrument i
            where v.instrumentId = i.id and v.number = i.publishedNumber
            order by v.name, v.instrumentId""")
    List<InstrumentVersion> latest();

    @Query("""
            select v from InstrumentVersion v, Instrument i
            where v.instrumentId = i.id and v.number = i.publishedNumber and i.id = :id""")
    Optional<InstrumentVersion> latest(@Param("id") UUID id);

    @Query("""
            select v from InstrumentVersion v, Instrument i
            where v.instrumentId = i.id and v.number = i.publishedNumber and i.id in :ids""")
    List<InstrumentVersion> latest(@Param("ids") java.util.Collection<UUID> ids);
}
