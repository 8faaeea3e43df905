package fr.bde.batch.admin;

import java.io.Serializable;
import java.time.Instant;

/** One execution of a batch job as the administration screen shows it: when, how it ended, its counts. */
public record JobExecutionRow(long executionId, String jobName, long instanceId, String batchStatus, String exitStatus,
                              Instant start, Instant end, long readCount, long writeCount, long commitCount,
                              long rollbackCount) implements Serializable {

    public boolean restartable() {
        return "FAILED".equals(batchStatus) || "STOPPED".equals(batchStatus);
    }
}
