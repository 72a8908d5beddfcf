package no.innomotor.projects;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentContentRepository extends JpaRepository<DocumentContent, UUID> {}
