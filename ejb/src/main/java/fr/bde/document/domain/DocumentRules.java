package fr.bde.document.domain;

import fr.bde.common.BusinessException;
import fr.bde.jobapplication.domain.DocumentKind;
import fr.bde.jobapplication.domain.DocumentType;
import fr.bde.jobapplication.domain.UploadedDocument;
import java.util.Optional;

/** Whether a received file may be kept as a document of a kind: present, within the size limit, of an accepted real type. */
public final class DocumentRules {

    private DocumentRules() {
    }

    /** The refusal (message key "documents.&lt;reason&gt;.&lt;kind&gt;") for {@code field}, or empty when the file is fine. */
    public static Optional<BusinessException> check(DocumentKind kind, UploadedDocument file, String field) {
        String suffix = "." + kind.name();
        if (file == null || file.size() == 0) {
            return Optional.of(new BusinessException(field, "documents.required" + suffix));
        }
        if (file.size() > DocumentType.MAX_SIZE) {
            return Optional.of(new BusinessException(field, "documents.tooLarge" + suffix, DocumentType.MAX_SIZE / (1024 * 1024)));
        }
        if (!kind.accepts(DocumentType.detect(file.content()).orElse(null))) {
            return Optional.of(new BusinessException(field, "documents.badType" + suffix));
        }
        return Optional.empty();
    }

    /** The file's type, once {@link #check} passed. */
    public static DocumentType typeOf(UploadedDocument file) {
        return DocumentType.detect(file.content()).orElseThrow();
    }
}
