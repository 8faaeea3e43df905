package fr.bde.batch.mobility;

import fr.bde.batch.common.FaultInjection;
import fr.bde.mobility.persistence.PoolEntryStore;
import fr.bde.mobility.persistence.PoolEntryStore.Duplication;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Writes a chunk's pool entries in the chunk's transaction; the step's exit status counts the
 * wishes, entries and removed wishes of the run. The test-only switch "failAtChunk" throws after
 * the k-th chunk's writes (rolled back), as a crash there would.
 */
@Named
@Dependent
public class MobilityPoolWriter extends AbstractItemWriter {

    @Inject
    @BatchProperty
    private String failAtChunk;

    @Inject
    private PoolEntryStore store;

    @Inject
    private StepContext step;

    @Inject
    private JobContext job;

    @Inject
    private Clock clock;

    private int chunks;

    @Override
    @SuppressWarnings("unchecked")
    public void writeItems(List<Object> items) {
        PoolEntryStore.Written written = store.write((List<Duplication>) (List<?>) items, Timestamp.from(clock.instant()));
        chunks++;
        if (FaultInjection.enabled() && failAtChunk != null && Integer.parseInt(failAtChunk) == chunks) {
            throw new IllegalStateException("Fault injected at chunk " + chunks);
        }
        long[] totals = step.getTransientUserData() instanceof long[] t ? t : new long[3];
        totals[0] += written.wishes();
        totals[1] += written.entries();
        totals[2] += written.removed();
        step.setTransientUserData(totals);
        String counts = "WISHES " + totals[0] + " ENTRIES " + totals[1] + " REMOVED " + totals[2];
        step.setExitStatus(counts);
        job.setExitStatus(counts);
    }
}
