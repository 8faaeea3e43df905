package fr.bde.batch.offerexport;

import fr.bde.export.domain.ExportFile;
import fr.bde.export.service.ExportService;
import fr.bde.security.domain.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Properties;

/** Starts the offer export of the caller's organisation (the job XML lives in this module). */
@Stateless
@RolesAllowed(Role.Names.RECRUITER)
public class OfferExportLauncher {

    public static final String JOB = "offer-export";

    @Inject
    private ExportService exports;

    /** The export record is committed before the job starts, so the job always finds it. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ExportFile start() {
        ExportFile file = exports.requestOffersExport();
        Properties parameters = new Properties();
        parameters.setProperty("exportId", String.valueOf(file.getId()));
        JobOperator operator = BatchRuntime.getJobOperator();
        long execution = operator.start(JOB, parameters);
        exports.started(file.getId(), execution);
        return exports.getForRecruiter(file.getId());
    }
}
