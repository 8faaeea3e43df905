package fr.bde.batch.sardeadline;

import fr.bde.batch.common.FaultInjection;
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
    @BatchProperty
    private String digestBatch;

    /** Test only (with -Dbde.batch.fault-injection=true): fails after this many digest batches. */
    @Inject
    @BatchProperty
    private String failAfterBatches;

    @Inject
    private SarDeadlineService deadline;

    private volatile boolean stopping;

    @Override
    public String process() {
        if ("MARK".equals(task)) {
            return "MARKED " + deadline.markOverdue();
        }
        int batch = digestBatch == null || digestBatch.isBlank() ? BATCH : Integer.parseInt(digestBatch);
        int failAfter = FaultInjection.enabled() && failAfterBatches != null
                && !failAfterBatches.isBlank() ? Integer.parseInt(failAfterBatches) : 0;
        long total = 0;
        int batches = 0;
        int done;
        do {
            done = deadline.sendDigests(batch);
            total += done;
            if (++batches == failAfter) {
                throw new IllegalStateException("Fault injected after digest batch " + batches);
            }
        } while (done == batch && !stopping);
        return "DIGESTS " + total;
    }

    @Override
    public void stop() {
        stopping = true;
    }
}
