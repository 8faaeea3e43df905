package fr.bde.web.commission;

import fr.bde.commission.service.SubmissionRow;
import fr.bde.trainingneed.service.TraineeFileService;
import fr.bde.web.common.PagedRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The company's trainee files proposed outside the pool (/sar/stagiaires.xhtml), drafts to finalise first. */
@Named
@ViewScoped
public class TraineeFilesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TraineeFileService trainees;

    private PagedRows<SubmissionRow> rows;

    @PostConstruct
    void init() {
        TraineeFileService service = trainees;
        rows = new PagedRows<>(service::mine, SubmissionRow::id);
    }

    public PagedRows<SubmissionRow> getRows() {
        return rows;
    }
}
