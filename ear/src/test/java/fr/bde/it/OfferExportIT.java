package fr.bde.it;

import static fr.bde.it.TestUsers.CAF_RHONE;
import static fr.bde.it.TestUsers.CPAM_PARIS;
import static fr.bde.it.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bde.batch.offerexport.OfferExportLauncher;
import fr.bde.common.AccessDeniedException;
import fr.bde.common.PageRequest;
import fr.bde.export.domain.ExportFile;
import fr.bde.export.service.ExportService;
import fr.bde.offer.service.OfferDraft;
import fr.bde.offer.service.OfferService;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The offer-export Jakarta Batch job, run as a recruiter on the deployed EAR. */
@ExtendWith(ArquillianExtension.class)
class OfferExportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(OfferExportIT.class);
    }

    @Inject
    OfferExportLauncher launcher;

    @Inject
    ExportService exports;

    @Inject
    OfferService offers;

    @Test
    void exportReachesCompletedWithEveryOfferOfTheOrganisationOnly() throws Exception {
        as(CPAM_PARIS, () -> offers.create(new OfferDraft("Offre à exporter", "CDI", "75", "<p>x</p>", "GEN_3", null, null,
                LocalDate.now().plusDays(5))));
        long expected = as(CPAM_PARIS, () -> offers.listForRecruiter(PageRequest.of(0, 1)).total());

        ExportFile started = as(CPAM_PARIS, () -> launcher.start());
        ExportFile done = waitForEnd(started.getId());

        assertEquals(ExportFile.Status.COMPLETED, done.getStatus());
        assertEquals(BatchStatus.COMPLETED,
                BatchRuntime.getJobOperator().getJobExecution(done.getJobExecutionId()).getBatchStatus());
        assertEquals(expected, done.getRowCount());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(done.getContent()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Offres", sheet.getSheetName());
            assertEquals("Référence", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(expected, sheet.getLastRowNum(), "one row per offer after the header");
            Set<String> references = new HashSet<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    references.add(row.getCell(0).getStringCellValue());
                }
            }
            assertEquals(expected, references.size(), "no duplicates");
            assertTrue(references.stream().allMatch(r -> r.startsWith("NV")));
        }
        assertThrows(AccessDeniedException.class, () -> as(CAF_RHONE, () -> exports.getForRecruiter(done.getId())),
                "another organisation cannot download it");
    }

    private ExportFile waitForEnd(Long id) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        ExportFile file = as(CPAM_PARIS, () -> exports.getForRecruiter(id));
        while (file.getStatus() == ExportFile.Status.RUNNING && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            file = as(CPAM_PARIS, () -> exports.getForRecruiter(id));
        }
        return file;
    }
}
