package fr.bde.web.approval;

import fr.bde.approval.service.ApprovalService;
import fr.bde.approval.service.InboxRow;
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

    private final LazyDataModel<InboxRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) approvals.inbox(!answered, PageRequest.of(0, 1)).total();
        }

        @Override
        public List<InboxRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                   Map<String, FilterMeta> filterBy) {
            Page<InboxRow> page = approvals.inbox(!answered, PageRequest.of(first, pageSize));
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(InboxRow row) {
            return String.valueOf(row.stepId());
        }
    };

    public boolean isAnswered() {
        return answered;
    }

    public void setAnswered(boolean answered) {
        this.answered = answered;
    }

    public LazyDataModel<InboxRow> getRows() {
        return rows;
    }
}
