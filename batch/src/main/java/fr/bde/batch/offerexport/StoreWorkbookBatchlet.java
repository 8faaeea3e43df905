package fr.bde.batch.offerexport;

import fr.bde.export.service.ExportService;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.nio.file.Files;
import java.nio.file.Path;

/** Stores the finished workbook in the database, so any node can serve the download, and deletes the temp file. */
@Named
@Dependent
public class StoreWorkbookBatchlet extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private String exportId;

    @Inject
    private ExportService exports;

    @Override
    public String process() throws Exception {
        Long id = Long.valueOf(exportId);
        Path file = OfferExportWriter.workbookPath(id);
        long rows = exports.find(id).getRowCount();
        exports.complete(id, Files.readAllBytes(file), rows);
        Files.deleteIfExists(file);
        return "COMPLETED";
    }
}
