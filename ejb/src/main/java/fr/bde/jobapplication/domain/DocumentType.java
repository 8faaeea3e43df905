package fr.bde.jobapplication.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * File types accepted for a candidate's documents, recognised by their content (never by the file
 * name or the type the browser claims): a PDF starts with "%PDF-", a DOCX is a ZIP holding the
 * Office Open XML content types and a word/document.xml part, an ODT is a ZIP whose "mimetype"
 * entry names an OpenDocument text, JPEG and PNG by their signatures. Which types each kind of
 * document accepts is {@link DocumentKind}'s rule.
 */
public enum DocumentType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png");

    /** 5 MB, the limit announced on the application form. */
    public static final long MAX_SIZE = 5L * 1024 * 1024;
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final String ODT_MIME = "application/vnd.oasis.opendocument.text";
    private static final int MAX_ZIP_ENTRIES = 2000;

    private final String mediaType;
    private final String extension;

    DocumentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getExtension() {
        return extension;
    }

    public static Optional<DocumentType> detect(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            if (isWordDocument(content)) {
                return Optional.of(DOCX);
            }
            if (isOpenDocumentText(content)) {
                return Optional.of(ODT);
            }
        }
        return Optional.empty();
    }

    private static boolean isWordDocument(byte[] content) {
        boolean contentTypes = false;
        boolean document = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < MAX_ZIP_ENTRIES) {
                contentTypes |= "[Content_Types].xml".equals(entry.getName());
                document |= "word/document.xml".equals(entry.getName());
                if (contentTypes && document) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }

    /** OpenDocument puts an uncompressed "mimetype" entry first; its content names the document kind. */
    private static boolean isOpenDocumentText(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry first = zip.getNextEntry();
            if (first == null || !"mimetype".equals(first.getName())) {
                return false;
            }
            byte[] mime = zip.readNBytes(ODT_MIME.length() + 1);
            return ODT_MIME.equals(new String(mime, StandardCharsets.US_ASCII).strip());
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
