package fr.bde.web.commission;

import fr.bde.trainingneed.domain.TrainingNeedStatus;
import fr.bde.trainingneed.service.TrainingNeedRow;
import fr.bde.trainingneed.service.TrainingNeedService;
import fr.bde.web.common.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Training needs (/sar/besoins.xhtml): a company recruiter's company's needs, every company's for the commission. */
@Named
@ViewScoped
public class TrainingNeedsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrainingNeedService needs;

    private TrainingNeedStatus status;
    private PagedRows<TrainingNeedRow> rows;

    @PostConstruct
    void init() {
        TrainingNeedService service = needs;
        rows = new PagedRows<>(page -> service.list(status, page), TrainingNeedRow::id);
    }

    public void search() {
        // the lazy model reads the filter at its next load
    }

    public PagedRows<TrainingNeedRow> getRows() { return rows; }
    public TrainingNeedStatus getStatus() { return status; }
    public void setStatus(TrainingNeedStatus status) { this.status = status; }
}
