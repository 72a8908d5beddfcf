package no.innomotor.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Uploads are judged by their bytes; the name must agree with them. */
public class UploadInspectorTests {

    private final UploadInspector inspector = new UploadInspector(10L * 1024 * 1024);

    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] "
                        + "/Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] exe() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] docx() throws IOException {
        return zip(
                "[Content_Types].xml",
                "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                        + "package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                        + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
                "_rels/.rels",
                "<Relationships/>",
                "word/document.xml",
                "<w:document/>");
    }

    @Test
    void aRealPdfIsAcceptedAsPdf() {
        assertThat(inspector.inspect("mandat.pdf", pdf()))
                .isEqualTo(new UploadInspector.Accepted("mandat.pdf", "application/pdf"));
    }

    @Test
    void aWordDocumentIsRecognisedFromItsPackageNotItsName() throws IOException {
        assertThat(inspector.inspect("referat.docx", docx()).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThatThrownBy(() -> inspector.inspect("referat.xlsx", docx()))
                .isInstanceOfSatisfying(
                        UploadRejected.class, ex -> assertThat(ex.messageKey()).isEqualTo("upload.error.mismatch"));
    }

    @Test
    void aProgramRenamedToPdfIsRefusedByItsContent() {
        assertThatThrownBy(() -> inspector.inspect("budsjett.pdf", exe()))
                .isInstanceOfSatisfying(UploadRejected.class, ex -> {
                    assertThat(ex.messageKey()).isEqualTo("upload.error.type");
                    assertThat(ex.reason()).isEqualTo(UploadRejected.Reason.TYPE);
                });
    }

    @Test
    void aPlainZipRenamedToPdfOrDocxIsRefused() throws IOException {
        byte[] zip = zip("innhold.txt", "hei");
        assertThatThrownBy(() -> inspector.inspect("rapport.pdf", zip)).isInstanceOf(UploadRejected.class);
        assertThatThrownBy(() -> inspector.inspect("rapport.docx", zip)).isInstanceOf(UploadRejected.class);
    }

    @Test
    void aPdfWithAnotherNameIsRefusedAsAMismatch() {
        assertThatThrownBy(() -> inspector.inspect("notat.txt", pdf()))
                .isInstanceOfSatisfying(UploadRejected.class, ex -> {
                    assertThat(ex.messageKey()).isEqualTo("upload.error.mismatch");
                    assertThat(ex.arguments()).containsExactly("pdf");
                });
    }

    @Test
    void plainTextIsAcceptedAndEmptyOrOversizedFilesAreNot() {
        assertThat(inspector
                        .inspect("notat.txt", "Møte med leverandørene.\n".getBytes(StandardCharsets.UTF_8))
                        .contentType())
                .isEqualTo("text/plain");
        assertThatThrownBy(() -> inspector.inspect("tom.txt", new byte[0]))
                .isInstanceOfSatisfying(
                        UploadRejected.class, ex -> assertThat(ex.messageKey()).isEqualTo("upload.error.empty"));
        byte[] large = new byte[(int) inspector.maxBytes() + 1];
        assertThatThrownBy(() -> inspector.inspect("stor.txt", large))
                .isInstanceOfSatisfying(
                        UploadRejected.class, ex -> assertThat(ex.messageKey()).isEqualTo("upload.error.tooLarge"));
    }

    @Test
    void anHtmlPageRenamedToTxtIsRefusedByItsContent() {
        byte[] html = "<!DOCTYPE html><html><head><script>alert(1)</script></head><body>Hei</body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> inspector.inspect("notat.txt", html))
                .isInstanceOfSatisfying(
                        UploadRejected.class, ex -> assertThat(ex.messageKey()).isEqualTo("upload.error.type"));
    }

    @Test
    void theLimitIsTheInspectorsOwnAndNamedInMegabytes() {
        UploadInspector small = new UploadInspector(2L * 1024 * 1024);
        assertThatThrownBy(() -> small.inspect("stor.txt", new byte[2 * 1024 * 1024 + 1]))
                .isInstanceOfSatisfying(UploadRejected.class, ex -> {
                    assertThat(ex.reason()).isEqualTo(UploadRejected.Reason.TOO_LARGE);
                    assertThat(ex.arguments()).containsExactly(2L);
                });
    }

    @Test
    void namesLoseTheirPathAndControlCharacters() {
        assertThat(UploadInspector.cleanName("C:\\Users\\kari\\mandat.pdf")).isEqualTo("mandat.pdf");
        assertThat(UploadInspector.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(UploadInspector.cleanName("a\u0000b\".pdf")).isEqualTo("ab.pdf");
        assertThat(UploadInspector.cleanName("")).isEqualTo("document");
    }
}
