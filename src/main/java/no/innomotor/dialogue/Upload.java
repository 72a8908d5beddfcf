package no.innomotor.dialogue;

/** A file as a person uploaded it: the name their browser sent and the bytes, not yet inspected. */
public record Upload(String filename, byte[] content) {

    public Upload {
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Upload upload
                && filename.equals(upload.filename)
                && java.util.Arrays.equals(content, upload.content);
    }

    @Override
    public int hashCode() {
        return 31 * filename.hashCode() + java.util.Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "Upload[" + filename + ", " + content.length + " bytes]";
    }
}
