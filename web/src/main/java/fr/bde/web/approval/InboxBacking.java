package fr.bde.web.approval;

import fr.bde.approval.service.ApprovalService;
import fr.bde.approval.service.InboxRow;
import fr.bde.web.common.PagedRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The approver's inbox (/approbation/demandes.xhtml[?traitees=true]): the steps of their organisation
 * waiting for an answer, oldest first, or those already answered, newest first; paged in the database.
 */
@Named
@ViewScoped
public class InboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApprovalService approvals;

    private boolean answered;

    private final PagedRows<InboxRow> rows = new PagedRows<>(request -> approvals.inbox(!answered, request),
            InboxRow::stepId);

    public boolean isAnswered() {
        return answered;
    }

    public void setAnswered(boolean answered) {
        this.answered = answered;
    }

    public PagedRows<InboxRow> getRows() {
        return rows;
    }
}
