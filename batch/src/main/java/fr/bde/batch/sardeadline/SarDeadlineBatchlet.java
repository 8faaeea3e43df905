package fr.bde.batch.sardeadline;

import fr.bde.followup.service.SarDeadlineService;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * MARK: one UPDATE of the sheets reaching their due date. DIGEST: recruiters mailed in batches,
 * each batch its own transaction; stopping between batches loses nothing (the next run goes on).
 */
@Named
@Dependent
public class SarDeadlineBatchlet extends AbstractBatchlet {

    static final int BATCH = 100;

    @Inject
    @BatchProperty
    private String task;

    @Inject
    private SarDeadlineService deadline;

    private volatile boolean stopping;

    @Override
    public String process() {
        if ("MARK".equals(task)) {
            return "MARKED " + deadline.markOverdue();
        }
        long total = 0;
        int done;
        do {
            done = deadline.sendDigests(BATCH);
            total += done;
        } while (done == BATCH && !stopping);
        return "DIGESTS " + total;
    }

    @Override
    public void stop() {
        stopping = true;
    }
}
