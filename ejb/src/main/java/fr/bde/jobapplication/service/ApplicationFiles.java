package fr.bde.jobapplication.service;

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
 */
public record ApplicationFiles(UploadedDocument cv, Long savedCvId, List<Long> savedDocumentIds,
                               boolean keepUploadedCv) {

    public ApplicationFiles {
        savedDocumentIds = savedDocumentIds == null ? List.of() : List.copyOf(savedDocumentIds);
    }

    public static ApplicationFiles upload(UploadedDocument cv) {
        return new ApplicationFiles(cv, null, List.of(), false);
    }

    boolean hasUpload() {
        return cv != null && cv.size() > 0;
    }
}
