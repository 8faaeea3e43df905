package fr.bde.commission.domain;

import fr.bde.jobapplication.domain.DocumentType;
import java.util.Optional;

/**
 * Files a candidate's profile may hold (CV, diplomas, letters, certificates), recognised by their
 * content, never by the name or the type the browser claims (the signatures read for applications'
 * documents).
 */
public enum ProfileFileType {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ODT("application/vnd.oasis.opendocument.text"),
    JPEG("image/jpeg"),
    PNG("image/png");

    /** 5 MB, as for the CV of an application. */
    public static final long MAX_SIZE = DocumentType.MAX_SIZE;

    private final String mediaType;

    ProfileFileType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String getMediaType() {
        return mediaType;
    }

    /** The same recognition as for applications ({@link DocumentType}): one reader of file signatures. */
    public static Optional<ProfileFileType> detect(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        return DocumentType.detect(content).map(type -> ProfileFileType.valueOf(type.name()));
    }
}
