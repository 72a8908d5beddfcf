package no.innomotor.suppliers;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SupplierProfileRepository extends JpaRepository<SupplierProfile, UUID> {

    /**
     * One page of the listed profiles' interests after {@code after} in id order, read as plain rows: matching an
     * opportunity walks every listed profile this way, a page at a time, without loading entities.
     */
    @Query("""
            select new no.innomotor.suppliers.ProfileInterestRow(
                p.organisationId, p.companyName, p.competences, p.regions, p.keywords, p.sizeClass, p.soldToPublic)
            from SupplierProfile p
            where p.listed = true and p.organisationId > :after
            order by p.organisationId""")
    List<ProfileInterestRow> listedInterests(@Param("after") UUID after, Pageable page);

    @Query("""
            select new no.innomotor.suppliers.ProfileInterestRow(
                p.organisationId, p.companyName, p.competences, p.regions, p.keywords, p.sizeClass, p.soldToPublic)
            from SupplierProfile p
            where p.organisationId in :organisations""")
    List<ProfileInterestRow> interestsOf(@Param("organisations") Collection<UUID> organisations);
}
