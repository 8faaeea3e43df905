package fr.bde.web.commission;

import fr.bde.commission.service.PartnerService;
import fr.bde.commission.service.PartnerSubmission;
import fr.bde.common.BusinessException;
import fr.bde.talentpool.domain.DocumentKind;
import fr.bde.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;

/** One of the partner's submissions (/partenaire/soumission.xhtml?id=…): where it stands, its documents. */
@Named
@ViewScoped
public class PartnerSubmissionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PartnerService partner;

    private Long id;
    private PartnerSubmission submission;
    private DocumentKind documentKind = DocumentKind.OTHER;
    private transient Part file;

    /** viewAction: another partner's file answers 404. */
    public void load() {
        if (submission == null) {
            submission = partner.get(id);
        }
    }

    public void upload() throws IOException {
        try {
            partner.addDocument(id, documentKind, Forms.read(file));
            submission = partner.get(id);
            Messages.info("commission.document.added");
        } catch (BusinessException e) {
            Forms.show("documentsForm", e);
        }
    }

    public long getMaxSizeMb() { return Forms.maxSizeMb(); }
    public PartnerSubmission getSubmission() { return submission; }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public DocumentKind getDocumentKind() { return documentKind; }
    public void setDocumentKind(DocumentKind documentKind) { this.documentKind = documentKind; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
}
