package no.innomotor.shared.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.innomotor.shared.FileNames;
import no.innomotor.shared.files.UploadRejected.Reason;
import org.apache.tika.Tika;

/**
 * Decides what an upload is from its bytes, never from its name: Apache Tika's magic detection, and for Office
 * Open XML the package's own content-type declaration, since all three are ZIP files. The name's extension must
 * then agree with the content, so a renamed file is refused as well as a forbidden type (a program, a web page).
 * Every module that stores uploaded files uses it, each with its own size limit.
 */
public final class UploadInspector {

    private static final String OOXML = "application/x-tika-ooxml";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    private static final int MAX_CONTENT_TYPES_BYTES = 512 * 1024;
    private static final long MEGABYTE = 1024L * 1024;

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

    /** What the file inputs' {@code accept} attribute offers: a hint to the browser, never the check. */
    public static final String ACCEPT = ".pdf,.docx,.xlsx,.pptx,.odt,.png,.jpg,.jpeg,.txt";

    private final Tika tika = new Tika();
    private final long maxBytes;

    /** An inspector that refuses files above {@code maxBytes}. */
    public UploadInspector(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** An upload that passed: its cleaned name and the type its content has. */
    public record Accepted(String filename, String contentType) {}

    /** Inspects an upload; a refusal names its reason (and the size limit in MB, or the extension it should have). */
    public Accepted inspect(String originalName, byte[] content) {
        String filename = cleanName(originalName);
        if (content.length == 0) {
            throw new UploadRejected(Reason.EMPTY, "Empty upload " + filename);
        }
        if (content.length > maxBytes) {
            throw new UploadRejected(
                    Reason.TOO_LARGE, "Upload of " + content.length + " bytes is too large", maxBytes / MEGABYTE);
        }
        String type = detect(content);
        List<String> extensions = ALLOWED.get(type);
        if (extensions == null) {
            throw new UploadRejected(Reason.TYPE, "Refused content type " + type);
        }
        String extension = FileNames.extension(filename);
        if (!extensions.contains(extension)) {
            throw new UploadRejected(
                    Reason.MISMATCH,
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

    /** Delegates to the platform's one sanitiser of uploaded file names. */
    public static String cleanName(String original) {
        return FileNames.clean(original);
    }
}
