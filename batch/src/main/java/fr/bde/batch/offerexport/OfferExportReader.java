package fr.bde.batch.offerexport;

import fr.bde.export.service.ExportLabels;
import fr.bde.export.service.ExportService;
import fr.bde.export.service.OfferExportRow;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads the organisation's offers in id order, a page at a time (keyset paging). The workbook
 * cannot be resumed half-written, so a restarted job reads again from the first offer and the
 * writer starts a fresh file: the result is the same whatever happened before.
 */
@Named
@Dependent
public class OfferExportReader extends AbstractItemReader {

    static final int PAGE = 1000;

    @Inject
    @BatchProperty
    private String exportId;

    @Inject
    private ExportService exports;

    private Long organisationId;
    private ExportLabels labels;
    private long lastId;
    private boolean exhausted;
    private final Deque<OfferExportRow> buffer = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        organisationId = exports.find(Long.valueOf(exportId)).getOrganisationId();
        labels = exports.labels();
        lastId = 0;
    }

    @Override
    public Object readItem() {
        if (buffer.isEmpty() && !exhausted) {
            var page = exports.offerRows(organisationId, lastId, PAGE, labels);
            buffer.addAll(page);
            exhausted = page.size() < PAGE;
        }
        OfferExportRow row = buffer.poll();
        if (row != null) {
            lastId = row.id();
        }
        return row;
    }
}
