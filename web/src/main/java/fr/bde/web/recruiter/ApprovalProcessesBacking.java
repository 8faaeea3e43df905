package fr.bde.web.recruiter;

import fr.bde.approval.domain.ProcessStatus;
import fr.bde.approval.service.ApprovalService;
import fr.bde.approval.service.ProcessRow;
import fr.bde.common.Page;
import fr.bde.common.PageRequest;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

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

    private final LazyDataModel<ProcessRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) approvals.processes(status, PageRequest.of(0, 1)).total();
        }

        @Override
        public List<ProcessRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            Page<ProcessRow> page = approvals.processes(status, new PageRequest(first, pageSize,
                    sort == null ? null : sort.getField(), sort != null && sort.getOrder() == SortOrder.ASCENDING));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ProcessRow row) {
            return String.valueOf(row.processId());
        }
    };

    public List<ProcessStatus> getStatuses() {
        return List.of(ProcessStatus.values());
    }

    public ProcessStatus getStatus() {
        return status;
    }

    public void setStatus(ProcessStatus status) {
        this.status = status == null ? ProcessStatus.IN_PROGRESS : status;
    }

    public LazyDataModel<ProcessRow> getRows() {
        return rows;
    }
}
