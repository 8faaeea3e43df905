package fr.bde.jobapplication.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a candidate's document is for, and the file types each accepts: a CV or a cover letter is a
 * text document (PDF, Word, OpenDocument); other pieces an offer may ask for (diploma, ID, …) may
 * also be a scan or a photo (JPEG, PNG).
 */
public enum DocumentKind {
    CV(EnumSet.of(DocumentType.PDF, DocumentType.DOCX, DocumentType.ODT)),
    COVER_LETTER(EnumSet.of(DocumentType.PDF, DocumentType.DOCX, DocumentType.ODT)),
    OTHER(EnumSet.allOf(DocumentType.class));

    /** At most this many saved documents per candidate account. */
    public static final int MAX_SAVED = 20;

    private final Set<DocumentType> accepted;

    DocumentKind(Set<DocumentType> accepted) {
        this.accepted = accepted;
    }

    public boolean accepts(DocumentType type) {
        return type != null && accepted.contains(type);
    }

    /** The "accept" attribute of a file input for this kind (a hint only: the server checks the content). */
    public String acceptAttribute() {
        StringBuilder accept = new StringBuilder();
        for (DocumentType type : accepted) {
            accept.append(accept.isEmpty() ? "" : ",").append('.').append(type.getExtension())
                    .append(',').append(type.getMediaType());
        }
        return accept.toString();
    }
}
