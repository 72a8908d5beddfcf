package no.innomotor.notices;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface NoticeOpportunityRepository extends JpaRepository<NoticeOpportunity, UUID> {

    List<NoticeOpportunity> findByCurrentNoticeId(String currentNoticeId);

    List<NoticeOpportunity> findByNoticeId(String noticeId);

    List<NoticeOpportunity> findByChangesNoticeId(String changesNoticeId);
}
