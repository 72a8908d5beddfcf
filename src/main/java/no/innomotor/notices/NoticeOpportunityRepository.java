package no.innomotor.notices;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NoticeOpportunityRepository extends JpaRepository<NoticeOpportunity, UUID> {

    List<NoticeOpportunity> findByCurrentNoticeId(String currentNoticeId);

    List<NoticeOpportunity> findByNoticeId(String noticeId);

    List<NoticeOpportunity> findByChangesNoticeId(String changesNoticeId);

    List<NoticeOpportunity> findByCurrentNoticeIdIn(Collection<String> currentNoticeIds);

    List<NoticeOpportunity> findByNoticeIdIn(Collection<String> noticeIds);

    List<NoticeOpportunity> findByChangesNoticeIdIn(Collection<String> changesNoticeIds);

    /** The contracts the organisations won: one row per winner of a result notice that is not cancelled. */
    @Query("""
            select new no.innomotor.notices.ContractWonRow(w.orgNumber, o.id, o.publishedOn)
            from NoticeOpportunity o join o.winners w
            where w.orgNumber in :numbers and o.cancelled = false
            order by o.publishedOn desc""")
    List<ContractWonRow> contractsWon(@Param("numbers") Collection<String> numbers);
}
