package fr.bde.web.admin;

import fr.bde.batch.admin.BatchExecutionService;
import fr.bde.batch.admin.JobExecutionRow;
import fr.bde.web.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Batch jobs' executions (/admin/traitements.xhtml): every job, newest first; mobility duplication on demand; restart. */
@Named
@ViewScoped
public class BatchJobsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 100;

    @Inject
    private BatchExecutionService executions;

    private List<JobExecutionRow> rows;

    @PostConstruct
    void load() {
        rows = executions.latest(SHOWN);
    }

    public void startMobilityDuplication() {
        Long id = executions.startMobilityDuplication();
        if (id == null) {
            Messages.info("batch.admin.queued");
        } else {
            Messages.info("batch.admin.started", id);
        }
        load();
    }

    public void restart(long executionId) {
        Messages.info("batch.admin.restarted", executions.restart(executionId));
        load();
    }

    public void refresh() {
        load();
    }

    public List<JobExecutionRow> getRows() {
        return rows;
    }
}
