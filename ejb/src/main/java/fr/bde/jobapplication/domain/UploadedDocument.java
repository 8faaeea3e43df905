package fr.bde.jobapplication.domain;

/** A file as received from a form: its name as given, and its bytes. */
public record UploadedDocument(String fileName, byte[] content) implements java.io.Serializable {

    public long size() {
        return content == null ? 0 : content.length;
    }

    /** The file name without any path a browser may send, and without control characters. */
    public String safeFileName() {
        String name = fileName == null ? "document" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "_").strip();
        if (name.isEmpty()) {
            name = "document";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
