package no.innomotor.projects;

import java.time.Clock;
import no.innomotor.shared.RoadmapStep;
import no.innomotor.shared.Sha256;
import no.innomotor.shared.files.UploadInspector;
import no.innomotor.shared.files.UploadRejected;
import no.innomotor.shared.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a project's steps: checked on upload (type, size, name), stored in the database, and read back
 * by everyone who sees the project.
 */
@Service
@Transactional
public class ProjectDocuments {

    /** The largest document a step accepts: 10 MB. */
    public static final long MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;

    private final ProjectRepository projects;
    private final ProjectLookup lookup;
    private final ProjectDocumentRepository documents;
    private final DocumentContentRepository contents;
    private final UploadInspector inspector = new UploadInspector(MAX_DOCUMENT_BYTES);
    private final Clock clock;

    ProjectDocuments(
            ProjectRepository projects,
            ProjectLookup lookup,
            ProjectDocumentRepository documents,
            DocumentContentRepository contents,
            Clock clock) {
        this.projects = projects;
        this.lookup = lookup;
        this.documents = documents;
        this.contents = contents;
        this.clock = clock;
    }

    public DocumentId upload(ProjectId id, RoadmapStep step, String filename, byte[] content, CurrentUser user) {
        Project project = lookup.editable(id, user);
        project.ensureStepEditable(step);
        UploadInspector.Accepted accepted = inspect(filename, content);
        ProjectDocument document = new ProjectDocument(
                project.id(),
                step,
                accepted.filename(),
                accepted.contentType(),
                content.length,
                Sha256.hex(content),
                user.personId(),
                clock.instant());
        documents.save(document);
        contents.save(new DocumentContent(document.id(), content));
        project.attachDocument(step, document, user.personId());
        projects.save(project);
        return document.id();
    }

    /** The shared inspection, its refusal in the projects module's words (next to the step page's file field). */
    private UploadInspector.Accepted inspect(String filename, byte[] content) {
        try {
            return inspector.inspect(filename, content);
        } catch (UploadRejected rejected) {
            throw new DocumentRejected(
                    "projects.document.error." + rejected.reason().code(),
                    "Document refused: " + rejected.reason(),
                    rejected.arguments());
        }
    }

    @Transactional(readOnly = true)
    public DocumentFile document(ProjectId id, DocumentId documentId, CurrentUser user) {
        lookup.visible(id, user);
        ProjectDocument document = documents
                .findByIdAndProjectId(documentId.value(), id.value())
                .orElseThrow(() -> new DocumentNotFound(documentId));
        byte[] bytes = contents.findById(documentId.value())
                .map(DocumentContent::content)
                .orElseThrow(() -> new DocumentNotFound(documentId));
        return new DocumentFile(document.filename(), document.contentType(), bytes);
    }
}
