package fr.bde.web.recruiter;

import fr.bde.approval.domain.ProcessStatus;
import fr.bde.approval.service.ApprovalService;
import fr.bde.approval.service.ProcessRow;
import fr.bde.web.common.PagedRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Approval processes of every offer in the caller's scope (/recruteur/approbations.xhtml?statut=…): a
 * recruiter sees their organisation's, the Ucanss administrator all; by status, paged in the database.
 */
@Named
@ViewScoped
public class ApprovalProcessesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApprovalService approvals;

    private ProcessStatus status = ProcessStatus.IN_PROGRESS;

    private final PagedRows<ProcessRow> rows = new PagedRows<>(request -> approvals.processes(status, request),
            ProcessRow::processId);

    public List<ProcessStatus> getStatuses() {
        return List.of(ProcessStatus.values());
    }

    public ProcessStatus getStatus() {
        return status;
    }

    public void setStatus(ProcessStatus status) {
        this.status = status == null ? ProcessStatus.IN_PROGRESS : status;
    }

    public PagedRows<ProcessRow> getRows() {
        return rows;
    }
}
