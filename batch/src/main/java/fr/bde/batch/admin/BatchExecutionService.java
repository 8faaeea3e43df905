package fr.bde.batch.admin;

import fr.bde.batch.mobility.MobilityDuplicationLauncher;
import fr.bde.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * The batch jobs' executions for the Ucanss administrator (every job of the application, newest
 * first), starting the mobility duplication on demand, restarting a failed or stopped execution.
 */
@Stateless
@RolesAllowed(Role.Names.UCANSS_ADMIN)
public class BatchExecutionService {

    /** Latest instances read per job: the screen shows recent history, the repository keeps the rest. */
    static final int INSTANCES_PER_JOB = 30;

    @Inject
    private MobilityDuplicationLauncher mobility;

    public List<JobExecutionRow> latest(int max) {
        JobOperator operator = BatchRuntime.getJobOperator();
        List<JobExecutionRow> rows = new ArrayList<>();
        for (String job : operator.getJobNames()) {
            for (JobInstance instance : operator.getJobInstances(job, 0, INSTANCES_PER_JOB)) {
                for (JobExecution execution : operator.getJobExecutions(instance)) {
                    rows.add(row(operator, job, instance, execution));
                }
            }
        }
        rows.sort(Comparator.comparing(JobExecutionRow::executionId).reversed());
        return rows.size() > max ? rows.subList(0, max) : rows;
    }

    public Long startMobilityDuplication() {
        return mobility.request();
    }

    public long restart(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        if (MobilityDuplicationLauncher.JOB.equals(operator.getJobExecution(executionId).getJobName())) {
            return mobility.restart(executionId, new Properties());
        }
        return operator.restart(executionId, new Properties());
    }

    private static JobExecutionRow row(JobOperator operator, String job, JobInstance instance, JobExecution execution) {
        long read = 0;
        long write = 0;
        long commit = 0;
        long rollback = 0;
        for (StepExecution step : operator.getStepExecutions(execution.getExecutionId())) {
            for (Metric metric : step.getMetrics() == null ? new Metric[0] : step.getMetrics()) {
                switch (metric.getType()) {
                    case READ_COUNT -> read += metric.getValue();
                    case WRITE_COUNT -> write += metric.getValue();
                    case COMMIT_COUNT -> commit += metric.getValue();
                    case ROLLBACK_COUNT -> rollback += metric.getValue();
                    default -> { }
                }
            }
        }
        return new JobExecutionRow(execution.getExecutionId(), job, instance.getInstanceId(),
                String.valueOf(execution.getBatchStatus()), execution.getExitStatus(), instant(execution.getStartTime()),
                instant(execution.getEndTime()), read, write, commit, rollback);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
