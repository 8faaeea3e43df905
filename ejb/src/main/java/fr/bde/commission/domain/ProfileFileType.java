package fr.bde.commission.domain;

import fr.bde.jobapplication.domain.DocumentType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Files a candidate's profile may hold (CV, diplomas, letters, certificates), recognised by their
 * content, never by the name or the type the browser claims: PDF and DOCX as for applications, an
 * OpenDocument text by its leading "mimetype" entry, JPEG and PNG by their signatures.
 */
public enum ProfileFileType {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ODT("application/vnd.oasis.opendocument.text"),
    JPEG("image/jpeg"),
    PNG("image/png");

    /** 5 MB, as for the CV of an application. */
    public static final long MAX_SIZE = DocumentType.MAX_SIZE;
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String mediaType;

    ProfileFileType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String getMediaType() {
        return mediaType;
    }

    public static Optional<ProfileFileType> detect(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        Optional<DocumentType> office = DocumentType.detect(content);
        if (office.isPresent()) {
            return Optional.of(office.get() == DocumentType.PDF ? PDF : DOCX);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, ZIP_MAGIC) && isOpenDocumentText(content)) {
            return Optional.of(ODT);
        }
        return Optional.empty();
    }

    /** ODF puts an uncompressed "mimetype" entry first, holding the document's media type. */
    private static boolean isOpenDocumentText(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry first = zip.getNextEntry();
            if (first == null || !"mimetype".equals(first.getName())) {
                return false;
            }
            byte[] type = zip.readNBytes(100);
            return ODT.mediaType.equals(new String(type, StandardCharsets.US_ASCII).strip());
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
