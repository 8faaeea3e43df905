package fr.bde.batch.mobility;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Tells the launcher a run ended, so a change that came in during the run gets its own run. */
@Named
@Dependent
public class MobilityDuplicationListener extends AbstractJobListener {

    @Inject
    private MobilityDuplicationLauncher launcher;

    @Inject
    private JobContext job;

    @Override
    public void afterJob() {
        launcher.ended(job.getExecutionId());
    }
}
