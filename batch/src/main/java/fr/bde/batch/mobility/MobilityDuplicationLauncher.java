package fr.bde.batch.mobility;

import fr.bde.mobility.service.WishChanged;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Starts the mobility-duplication job: right after a wish's change commits (so it shows in its
 * pools within seconds), every few minutes as the safety net ({@code -Dbde.mobility.duplication.minutes},
 * default 5; 0 turns the schedule off), and on demand from the administration screen. One run at a
 * time on this server: a request during a run is remembered and served by one more run at its end.
 */
@Singleton
@Startup
@PermitAll
@Lock(LockType.WRITE)
public class MobilityDuplicationLauncher {

    public static final String JOB = "mobility-duplication";
    static final Set<BatchStatus> RUNNING = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);
    private static final Logger LOG = Logger.getLogger(MobilityDuplicationLauncher.class.getName());

    @Resource
    private TimerService timers;

    private Long running;
    private boolean again;

    @PostConstruct
    void schedule() {
        long minutes = Long.getLong("bde.mobility.duplication.minutes", 5);
        if (minutes > 0) {
            timers.createIntervalTimer(minutes * 60_000, minutes * 60_000, new TimerConfig(JOB, false));
        }
    }

    @Timeout
    void scheduled() {
        request();
    }

    /** After a wish's transaction commits. */
    public void onWishChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) WishChanged change) {
        request();
    }

    /** Starts a run now, or right after the current one; returns the execution started now, else null. */
    public Long request() {
        if (running != null && isRunning(running)) {
            again = true;
            return null;
        }
        return start(new Properties());
    }

    /** Starts a run with these parameters (all=true, itemCount, failAtChunk for tests) unless one is running. */
    public Long start(Properties parameters) {
        if (running != null && isRunning(running)) {
            again = true;
            return null;
        }
        again = false;
        running = BatchRuntime.getJobOperator().start(JOB, parameters);
        return running;
    }

    /** Restarts a failed or stopped run: it resumes after its last committed chunk. */
    public long restart(long executionId, Properties parameters) {
        running = BatchRuntime.getJobOperator().restart(executionId, parameters);
        return running;
    }

    /** Called by the job listener at the end of a run. */
    public void ended(long executionId) {
        if (Long.valueOf(executionId).equals(running)) {
            running = null;
            if (again) {
                again = false;
                running = BatchRuntime.getJobOperator().start(JOB, new Properties());
                LOG.fine(() -> "Mobility duplication started again for changes made during the run");
            }
        }
    }

    private static boolean isRunning(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        return RUNNING.contains(operator.getJobExecution(executionId).getBatchStatus());
    }
}
