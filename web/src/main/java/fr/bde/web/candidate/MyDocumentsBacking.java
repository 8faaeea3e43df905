package fr.bde.web.candidate;

import fr.bde.common.BusinessException;
import fr.bde.document.service.CandidateDocumentService;
import fr.bde.document.service.DocumentRow;
import fr.bde.jobapplication.domain.DocumentKind;
import fr.bde.jobapplication.domain.DocumentType;
import fr.bde.jobapplication.domain.UploadedDocument;
import fr.bde.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;

/** "Mes documents" (/espace/candidat/documents.xhtml): the candidate's saved CVs, letters and other pieces. */
@Named
@ViewScoped
public class MyDocumentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "documentsForm";
    static final String REPLACE_FORM = "replaceForm";
    static final String OUTCOME = "/espace/candidat/documents.xhtml?faces-redirect=true";

    @Inject
    private CandidateDocumentService documents;

    private List<DocumentRow> rows;
    private DocumentKind kind = DocumentKind.CV;
    private transient Part file;
    private Long replacedId;
    private transient Part replacement;

    public List<DocumentRow> getRows() {
        if (rows == null) {
            rows = documents.mine();
        }
        return rows;
    }

    public String add() throws IOException {
        try {
            return done("documents.added", documents.add(kind, read(file)).getFileName());
        } catch (BusinessException e) {
            Messages.error(FORM, e);
            return null;
        }
    }

    public String replace() throws IOException {
        try {
            String name = documents.replace(replacedId, read(replacement)).getFileName();
            return done("documents.replaced", name);
        } catch (BusinessException e) {
            Messages.error(REPLACE_FORM, e);
            return null;
        }
    }

    public String delete(Long id, String name) {
        try {
            documents.delete(id);
            return done("documents.deleted", name);
        } catch (BusinessException e) {
            Messages.error(null, e);
            rows = null;
            return null;
        }
    }

    private static String done(String key, String name) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(key, name);
        return OUTCOME;
    }

    /** Reads at most one byte more than allowed, so an oversized file is refused without filling the heap. */
    static UploadedDocument read(Part part) throws IOException {
        if (part == null || part.getSize() == 0) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            byte[] content = in.readNBytes((int) Math.min(part.getSize(), DocumentType.MAX_SIZE + 1));
            return new UploadedDocument(part.getSubmittedFileName(), content);
        }
    }

    public DocumentKind[] getKinds() {
        return DocumentKind.values();
    }

    public long getMaxSizeMb() {
        return DocumentType.MAX_SIZE / (1024 * 1024);
    }

    public int getMaxDocuments() {
        return DocumentKind.MAX_SAVED;
    }

    public String sizeKb(long bytes) {
        return String.valueOf(Math.max(1, (bytes + 1023) / 1024));
    }

    public DocumentKind getKind() {
        return kind;
    }

    public void setKind(DocumentKind kind) {
        this.kind = kind;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Long getReplacedId() {
        return replacedId;
    }

    public void setReplacedId(Long replacedId) {
        this.replacedId = replacedId;
    }

    public Part getReplacement() {
        return replacement;
    }

    public void setReplacement(Part replacement) {
        this.replacement = replacement;
    }
}
