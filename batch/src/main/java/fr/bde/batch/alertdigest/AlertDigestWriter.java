package fr.bde.batch.alertdigest;

import fr.bde.alert.service.AlertDigestService;
import fr.bde.alert.service.DigestItem;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Mails the chunk's digests through the outbox in the chunk's transaction; the step's exit status counts them. */
@Named
@Dependent
public class AlertDigestWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    private String day;

    @Inject
    @BatchProperty
    private String cutoff;

    @Inject
    private AlertDigestService digests;

    @Inject
    private StepContext step;

    @Inject
    private Clock clock;

    /** Chunks written by this step execution: counts for the restart tests' fault injection. */
    private int writes;

    @Override
    @SuppressWarnings("unchecked")
    public void writeItems(List<Object> items) {
        // restart tests crash the N-th chunk of a run with -Dbde.test.alert-digest.fail-at-chunk=N (never set in production)
        if (++writes == Integer.getInteger("bde.test.alert-digest.fail-at-chunk", 0)) {
            throw new IllegalStateException("Fault injected at chunk " + writes);
        }
        int mailed = digests.record((List<DigestItem>) (List<?>) items, LocalDate.parse(day), Instant.parse(cutoff),
                clock.instant());
        long total = (step.getTransientUserData() instanceof Long n ? n : 0L) + mailed;
        step.setTransientUserData(total);
        step.setExitStatus("MAILED " + total);
    }
}
