package fr.bde.batch.mobility;

import fr.bde.mobility.persistence.PoolEntryStore;
import fr.bde.mobility.persistence.PoolEntryStore.WishFacts;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The wishes to duplicate in id order, read a chunk's worth at a time (keyset on the primary key);
 * the checkpoint is the last wish id handed out, so a restart resumes after the
 * last committed chunk.
 */
@Named
@Dependent
public class MobilityWishReader extends AbstractItemReader {

    @Inject
    @BatchProperty
    private String all;

    @Inject
    @BatchProperty
    private String itemCount;

    @Inject
    private PoolEntryStore store;

    private long lastId;
    private boolean exhausted;
    private final Deque<WishFacts> buffer = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0 : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty() && !exhausted) {
            int page = Integer.parseInt(itemCount);
            var next = store.next(lastId, page, Boolean.parseBoolean(all));
            buffer.addAll(next);
            exhausted = next.size() < page;
        }
        WishFacts item = buffer.poll();
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
