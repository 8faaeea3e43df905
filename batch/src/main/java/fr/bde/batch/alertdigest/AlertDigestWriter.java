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

    @Override
    @SuppressWarnings("unchecked")
    public void writeItems(List<Object> items) {
        int mailed = digests.record((List<DigestItem>) (List<?>) items, LocalDate.parse(day), Instant.parse(cutoff),
                clock.instant());
        long total = (step.getTransientUserData() instanceof Long n ? n : 0L) + mailed;
        step.setTransientUserData(total);
        step.setExitStatus("MAILED " + total);
    }
}
