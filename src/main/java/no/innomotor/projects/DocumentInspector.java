package no.innomotor.projects;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.innomotor.shared.FileNames;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Decides what an upload is from its bytes, never from its name: Apache Tika's magic detection, and for Office
 * Open XML the package's own content-type declaration, since all three are ZIP files. The name's extension must
 * then agree with the content, so a renamed file is refused as well as a forbidden type.
 */
@Component
class DocumentInspector {

    static final long MAX_BYTES = ProjectDocuments.MAX_DOCUMENT_BYTES;

    private static final String OOXML = "application/x-tika-ooxml";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    private static final int MAX_CONTENT_TYPES_BYTES = 512 * 1024;

    /** The allowed types and the file name extensions that may carry each. */
    private static final Map<String, List<String>> ALLOWED = Map.of(
            "application/pdf",
            List.of("pdf"),
            DOCX,
            List.of("docx"),
            XLSX,
            List.of("xlsx"),
            PPTX,
            List.of("pptx"),
            "application/vnd.oasis.opendocument.text",
            List.of("odt"),
            "image/png",
            List.of("png"),
            "image/jpeg",
            List.of("jpg", "jpeg"),
            "text/plain",
            List.of("txt"));

    private final Tika tika = new Tika();

    /** An upload that passed: its cleaned name and the type its content has. */
    record Accepted(String filename, String contentType) {}

    Accepted inspect(String originalName, byte[] content) {
        String filename = cleanName(originalName);
        if (content.length == 0) {
            throw new DocumentRejected("projects.document.error.empty", "Empty upload " + filename);
        }
        if (content.length > MAX_BYTES) {
            throw new DocumentRejected(
                    "projects.document.error.tooLarge", "Upload of " + content.length + " bytes is too large", 10);
        }
        String type = detect(content);
        List<String> extensions = ALLOWED.get(type);
        if (extensions == null) {
            throw new DocumentRejected("projects.document.error.type", "Refused content type " + type);
        }
        String extension = extension(filename);
        if (!extensions.contains(extension)) {
            throw new DocumentRejected(
                    "projects.document.error.mismatch",
                    "Content " + type + " does not match the name's extension " + extension,
                    extensions.get(0));
        }
        return new Accepted(filename, type);
    }

    private String detect(byte[] content) {
        String type = tika.detect(content);
        if (OOXML.equals(type)) {
            return officeOpenXmlType(content).orElse(type);
        }
        return type;
    }

    /** Reads the package's [Content_Types].xml (bounded) for the main part's type. */
    private static Optional<String> officeOpenXmlType(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if ("[Content_Types].xml".equals(entry.getName())) {
                    String types = new String(readBounded(zip), StandardCharsets.UTF_8);
                    if (types.contains("wordprocessingml.document.main+xml")) {
                        return Optional.of(DOCX);
                    }
                    if (types.contains("spreadsheetml.sheet.main+xml")) {
                        return Optional.of(XLSX);
                    }
                    if (types.contains("presentationml.presentation.main+xml")) {
                        return Optional.of(PPTX);
                    }
                    return Optional.empty();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_CONTENT_TYPES_BYTES + 1);
        if (bytes.length > MAX_CONTENT_TYPES_BYTES) {
            throw new IOException("Content types part too large");
        }
        return bytes;
    }

    /** The last path segment, without control characters, at most 255 characters, never empty. */
    /** Delegates to the platform's one sanitiser of uploaded file names. */
    static String cleanName(String original) {
        return FileNames.clean(original);
    }

    private static String extension(String filename) {
        int dot = filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
