package no.innomotor.projects;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsultationNoticeRepository extends JpaRepository<ConsultationNotice, UUID> {}
