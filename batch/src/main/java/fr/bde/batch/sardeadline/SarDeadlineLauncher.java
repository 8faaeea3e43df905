package fr.bde.batch.sardeadline;

import fr.bde.followup.service.SarSettings;
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

/** Starts the daily "sar-deadline" job at {@code -Dbde.sar.deadline.hour} (default 6, Paris time). */
@Singleton
@Startup
@PermitAll
public class SarDeadlineLauncher {

    public static final String JOB = "sar-deadline";

    @Resource
    private TimerService timers;

    @PostConstruct
    void schedule() {
        timers.createCalendarTimer(new ScheduleExpression().hour(SarSettings.deadlineHour()).minute(0).second(0)
                .timezone("Europe/Paris"), new TimerConfig(JOB, false));
    }

    @Timeout
    void daily() {
        start();
    }

    public long start() {
        return BatchRuntime.getJobOperator().start(JOB, new Properties());
    }
}
