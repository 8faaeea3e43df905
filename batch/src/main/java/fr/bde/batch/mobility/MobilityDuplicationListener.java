package fr.bde.batch.mobility;

import fr.bde.mobility.persistence.PoolEntryStore;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Tells the launcher a run ended, so a change that came in during the run gets its own run; after
 * a run that wrote many entries, refreshes the database's statistics of the pools.
 */
@Named
@Dependent
public class MobilityDuplicationListener extends AbstractJobListener {

    @Inject
    private MobilityDuplicationLauncher launcher;

    static final long MANY_ENTRIES = 10_000;

    @Inject
    private JobContext job;

    @Inject
    private PoolEntryStore store;

    @Override
    public void afterJob() {
        try {
            if (entries(job.getExitStatus()) >= MANY_ENTRIES) {
                store.refreshStatistics();
            }
        } finally {
            launcher.ended(job.getExecutionId());
        }
    }

    /** The ENTRIES count of the writer's exit status ("WISHES n ENTRIES m REMOVED r"), 0 if absent. */
    static long entries(String exitStatus) {
        if (exitStatus == null) {
            return 0;
        }
        String[] words = exitStatus.split(" ");
        for (int i = 0; i + 1 < words.length; i++) {
            if (words[i].equals("ENTRIES")) {
                return Long.parseLong(words[i + 1]);
            }
        }
        return 0;
    }
}
