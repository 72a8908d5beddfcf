package no.innomotor.notices;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeOpportunityRepository extends JpaRepository<NoticeOpportunity, UUID> {

    List<NoticeOpportunity> findByCurrentNoticeId(String currentNoticeId);

    List<NoticeOpportunity> findByNoticeId(String noticeId);

    List<NoticeOpportunity> findByChangesNoticeId(String changesNoticeId);

    List<NoticeOpportunity> findByCurrentNoticeIdIn(Collection<String> currentNoticeIds);

    List<NoticeOpportunity> findByNoticeIdIn(Collection<String> noticeIds);

    List<NoticeOpportunity> findByChangesNoticeIdIn(Collection<String> changesNoticeIds);
}
