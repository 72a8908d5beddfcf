package no.innomotor.dialogue;

/** A file to download: its cleaned name, the content type its bytes were found to have, and the bytes. */
public record AttachmentFile(String filename, String contentType, byte[] content) {

    public AttachmentFile {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AttachmentFile file
                && filename.equals(file.filename)
                && contentType.equals(file.contentType)
                && java.util.Arrays.equals(content, file.content);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(filename, contentType, java.util.Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "AttachmentFile[" + filename + ", " + contentType + ", " + content.length + " bytes]";
    }
}
