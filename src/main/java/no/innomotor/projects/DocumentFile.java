package no.innomotor.projects;

/** A document to download: its name, the content type found in its content, and its bytes. */
public record DocumentFile(String filename, String contentType, byte[] content) {

    public DocumentFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
