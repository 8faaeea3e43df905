package fr.bde.batch.alertdigest;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Starts the daily alert digest (hour of the day: {@code -Dbde.alert.digest.hour}, default 6,
 * Paris time). The timer is not persistent: a missed day is caught up by the next run, whose
 * window starts at each alert's previous digest, and a second run the same day mails nothing twice.
 */
@Singleton
@Startup
@PermitAll
public class AlertDigestLauncher {

    public static final String JOB = "alert-digest";
    private static final Logger LOG = Logger.getLogger(AlertDigestLauncher.class.getName());

    @Resource
    private TimerService timers;

    @Inject
    private Clock clock;

    @PostConstruct
    void schedule() {
        int hour = Integer.getInteger("bde.alert.digest.hour", 6);
        timers.createCalendarTimer(new ScheduleExpression().hour(hour).minute(0).second(0).timezone("Europe/Paris"),
                new TimerConfig(JOB, false));
    }

    @Timeout
    void daily() {
        long execution = start();
        LOG.info(() -> "Alert digest started: execution " + execution);
    }

    /** Today's digest, covering the offers published until now; returns the job execution id. */
    public long start() {
        Properties parameters = new Properties();
        parameters.setProperty("day", LocalDate.now(clock).toString());
        parameters.setProperty("cutoff", clock.instant().toString());
        JobOperator operator = BatchRuntime.getJobOperator();
        return operator.start(JOB, parameters);
    }

    /** Restarts a failed or stopped run with its own day and cutoff (its original parameters, passed again). */
    public long restart(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        return operator.restart(executionId, operator.getParameters(executionId));
    }
}
