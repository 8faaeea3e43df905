package fr.bde.jobapplication.service;

import fr.bde.jobapplication.domain.DocumentKind;
import fr.bde.jobapplication.domain.UploadedDocument;
import java.util.List;

/**
 * The documents of a guided application: a CV either uploaded now or chosen among the caller's
 * saved documents, and saved documents to join (cover letters, other pieces).
 *
 * @param cv              a CV uploaded now, or null
 * @param savedCvId       one of the caller's saved CVs, used when no CV is uploaded
 * @param savedDocumentIds other saved documents of the caller to join
 * @param keepUploadedCv  a logged-in candidate's uploaded CV is also kept in "Mes documents"
 * @param uploads         files uploaded now besides the CV (a cover letter, other pieces), by visitors too
 */
public record ApplicationFiles(UploadedDocument cv, Long savedCvId, List<Long> savedDocumentIds,
                               boolean keepUploadedCv, List<Upload> uploads) {

    /** At most this many files besides the CV uploaded with one application. */
    public static final int MAX_UPLOADS = 5;

    /** A file uploaded with the application: a cover letter or another piece. */
    public record Upload(DocumentKind kind, UploadedDocument file) implements java.io.Serializable {
    }

    public ApplicationFiles {
        savedDocumentIds = savedDocumentIds == null ? List.of() : List.copyOf(savedDocumentIds);
        uploads = uploads == null ? List.of() : List.copyOf(uploads);
    }

    public ApplicationFiles(UploadedDocument cv, Long savedCvId, List<Long> savedDocumentIds, boolean keepUploadedCv) {
        this(cv, savedCvId, savedDocumentIds, keepUploadedCv, List.of());
    }

    public static ApplicationFiles upload(UploadedDocument cv) {
        return new ApplicationFiles(cv, null, List.of(), false);
    }

    boolean hasUpload() {
        return cv != null && cv.size() > 0;
    }
}
