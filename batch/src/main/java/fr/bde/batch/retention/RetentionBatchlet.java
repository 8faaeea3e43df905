package fr.bde.batch.retention;

import fr.bde.privacy.service.RetentionService;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One retention rule, applied in batches (each its own transaction) until nothing is due; the
 * exit status says how many rows it changed. Stopping it between batches loses nothing.
 */
@Named
@Dependent
public class RetentionBatchlet extends AbstractBatchlet {

    static final int BATCH = 200;
    static final int MAIL_BATCH = 5_000;

    /** ANONYMISE_APPLICATIONS, WARN_INACTIVE, DELETE_WARNED or PURGE_MAIL_COPIES. */
    @Inject
    @BatchProperty
    private String rule;

    @Inject
    private RetentionService retention;

    private volatile boolean stopping;

    @Override
    public String process() {
        int batch = "PURGE_MAIL_COPIES".equals(rule) ? MAIL_BATCH : BATCH;
        long total = 0;
        int done;
        do {
            done = switch (rule) {
                case "ANONYMISE_APPLICATIONS" -> retention.anonymiseApplications();
                case "WARN_INACTIVE" -> retention.warnInactiveAccounts(batch);
                case "DELETE_WARNED" -> retention.deleteWarnedAccounts(batch);
                case "PURGE_MAIL_COPIES" -> retention.purgeMailCopies(batch);
                default -> throw new IllegalArgumentException("unknown retention rule " + rule);
            };
            total += done;
        } while (done == batch && !stopping && !"ANONYMISE_APPLICATIONS".equals(rule));
        return rule + " " + total;
    }

    @Override
    public void stop() {
        stopping = true;
    }
}
