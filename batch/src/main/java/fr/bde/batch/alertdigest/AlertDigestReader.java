package fr.bde.batch.alertdigest;

import fr.bde.alert.service.AlertDigestService;
import fr.bde.alert.service.AlertItem;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The active alerts in id order, a page at a time (keyset); the checkpoint is the last alert id
 * handed out. Alerts already mailed on the day are left out, so a restart or a re-run skips them.
 */
@Named
@Dependent
public class AlertDigestReader extends AbstractItemReader {

    static final int PAGE = 500;

    @Inject
    @BatchProperty
    private String day;

    @Inject
    private AlertDigestService digests;

    private long lastId;
    private boolean exhausted;
    private final Deque<AlertItem> buffer = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty() && !exhausted) {
            var page = digests.alertsAfter(lastId, PAGE, LocalDate.parse(day));
            buffer.addAll(page);
            exhausted = page.size() < PAGE;
        }
        AlertItem item = buffer.poll();
        if (item != null) {
            lastId = item.id();
        }
        return item;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
