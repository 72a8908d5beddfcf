package no.innomotor.notifications;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SentMailRepository extends JpaRepository<SentMail, UUID> {

    Page<SentMail> findAllByOrderBySentAtDescIdDesc(Pageable page);
}
