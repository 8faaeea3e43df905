package fr.bde.batch.offerexport;

import fr.bde.export.service.ExportService;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.nio.file.Files;

/** Marks the extract failed when the job does not complete, and removes any partial file. */
@Named
@Dependent
public class OfferExportJobListener extends AbstractJobListener {

    @Inject
    private JobContext jobContext;

    @Inject
    @BatchProperty
    private String exportId;

    @Inject
    private ExportService exports;

    @Override
    public void afterJob() throws Exception {
        if (jobContext.getBatchStatus() == BatchStatus.FAILED) {
            Long id = Long.valueOf(exportId);
            exports.fail(id);
            Files.deleteIfExists(OfferExportWriter.workbookPath(id));
        }
    }
}
