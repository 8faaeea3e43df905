package fr.bde.batch.retention;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.util.Properties;

/**
 * Starts the daily retention job ({@code -Dbde.retention.hour}, default 3, Paris time). Every
 * step works from the data alone (what is due today), so a missed or repeated run is harmless.
 */
@Singleton
@Startup
@PermitAll
public class RetentionLauncher {

    public static final String JOB = "candidate-retention";

    @Resource
    private TimerService timers;

    @PostConstruct
    void schedule() {
        int hour = Integer.getInteger("bde.retention.hour", 3);
        timers.createCalendarTimer(new ScheduleExpression().hour(hour).minute(30).second(0).timezone("Europe/Paris"),
                new TimerConfig(JOB, false));
    }

    @Timeout
    void daily() {
        start();
    }

    public long start() {
        return BatchRuntime.getJobOperator().start(JOB, new Properties());
    }
}
