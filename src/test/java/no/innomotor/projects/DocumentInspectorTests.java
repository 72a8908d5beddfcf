package no.innomotor.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Uploads are judged by their bytes; the name must agree with them. */
class DocumentInspectorTests {

    private final DocumentInspector inspector = new DocumentInspector();

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] "
                        + "/Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] exe() {
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
                .isEqualTo(new DocumentInspector.Accepted("mandat.pdf", "application/pdf"));
    }

    @Test
    void aWordDocumentIsRecognisedFromItsPackageNotItsName() throws IOException {
        assertThat(inspector.inspect("referat.docx", docx()).contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThatThrownBy(() -> inspector.inspect("referat.xlsx", docx()))
                .isInstanceOfSatisfying(
                        DocumentRejected.class,
                        ex -> assertThat(ex.messageKey()).isEqualTo("projects.document.error.mismatch"));
    }

    @Test
    void aProgramRenamedToPdfIsRefusedByItsContent() {
        assertThatThrownBy(() -> inspector.inspect("budsjett.pdf", exe()))
                .isInstanceOfSatisfying(DocumentRejected.class, ex -> {
                    assertThat(ex.messageKey()).isEqualTo("projects.document.error.type");
                    assertThat(ex.field()).isEqualTo("file");
                });
    }

    @Test
    void aPlainZipRenamedToPdfOrDocxIsRefused() throws IOException {
        byte[] zip = zip("innhold.txt", "hei");
        assertThatThrownBy(() -> inspector.inspect("rapport.pdf", zip)).isInstanceOf(DocumentRejected.class);
        assertThatThrownBy(() -> inspector.inspect("rapport.docx", zip)).isInstanceOf(DocumentRejected.class);
    }

    @Test
    void aPdfWithAnotherNameIsRefusedAsAMismatch() {
        assertThatThrownBy(() -> inspector.inspect("notat.txt", pdf()))
                .isInstanceOfSatisfying(DocumentRejected.class, ex -> {
                    assertThat(ex.messageKey()).isEqualTo("projects.document.error.mismatch");
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
                        DocumentRejected.class,
                        ex -> assertThat(ex.messageKey()).isEqualTo("projects.document.error.empty"));
        byte[] large = new byte[(int) DocumentInspector.MAX_BYTES + 1];
        assertThatThrownBy(() -> inspector.inspect("stor.txt", large))
                .isInstanceOfSatisfying(
                        DocumentRejected.class,
                        ex -> assertThat(ex.messageKey()).isEqualTo("projects.document.error.tooLarge"));
    }

    @Test
    void namesLoseTheirPathAndControlCharacters() {
        assertThat(DocumentInspector.cleanName("C:\\Users\\kari\\mandat.pdf")).isEqualTo("mandat.pdf");
        assertThat(DocumentInspector.cleanName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(DocumentInspector.cleanName("a\u0000b\".pdf")).isEqualTo("ab.pdf");
        assertThat(DocumentInspector.cleanName("")).isEqualTo("document");
    }
}
