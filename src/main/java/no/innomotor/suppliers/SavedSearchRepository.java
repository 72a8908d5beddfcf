package no.innomotor.suppliers;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SavedSearchRepository extends JpaRepository<SavedSearch, UUID> {

    @Query("select s from SavedSearch s where s.personId = :person order by s.createdAt, s.id")
    List<SavedSearch> ofPerson(@Param("person") UUID person);

    /** One page of every saved search after {@code after} in id order, as plain rows, for matching. */
    @Query("""
            select new no.innomotor.suppliers.SearchInterestRow(
                s.id, s.name, s.personId, s.organisationId, s.cpvCodes, s.regions, s.keywords, s.mail)
            from SavedSearch s
            where s.id > :after
            order by s.id""")
    List<SearchInterestRow> interests(@Param("after") UUID after, Pageable page);
}
