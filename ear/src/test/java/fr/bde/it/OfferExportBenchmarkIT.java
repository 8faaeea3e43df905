package fr.bde.it;

import static fr.bde.it.TestUsers.CPAM_PARIS;
import static fr.bde.it.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.bde.batch.offerexport.OfferExportLauncher;
import fr.bde.export.domain.ExportFile;
import fr.bde.export.service.ExportService;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Benchmark, not a timed test (run with -Pexport-benchmark): the offer-export job over 100,000
 * offers of one organisation, on a server whose heap is bounded (-Xmx512m). Writes its figures to
 * ear/target/export-benchmark.txt.
 */
@ExtendWith(ArquillianExtension.class)
class OfferExportBenchmarkIT {

    static final int ROWS = Integer.getInteger("bde.benchmark.rows", 100_000);
    static final long FIRST_ID = 50_000_000L;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(OfferExportBenchmarkIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/BdeDS")
    DataSource dataSource;

    @Inject
    OfferExportLauncher launcher;

    @Inject
    ExportService exports;

    @Test
    void exportOneHundredThousandOffers() throws Exception {
        long insertStart = System.nanoTime();
        insertOffers();
        double insertSeconds = (System.nanoTime() - insertStart) / 1e9;

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(heapBefore);
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long start = System.nanoTime();
        ExportFile file = as(CPAM_PARIS, () -> launcher.start());
        while (file.getStatus() == ExportFile.Status.RUNNING) {
            Thread.sleep(50);
            Long id = file.getId();
            file = as(CPAM_PARIS, () -> exports.getForRecruiter(id));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        sampler.join();

        JobExecution execution = BatchRuntime.getJobOperator().getJobExecution(file.getJobExecutionId());
        double jobSeconds = (execution.getEndTime().getTime() - execution.getStartTime().getTime()) / 1000.0;
        assertEquals(ExportFile.Status.COMPLETED, file.getStatus());
        String report = String.format(java.util.Locale.ROOT,
                "offer-export benchmark, %s%nrows exported: %d (file %.1f MB)%njob execution (start to end): %.2f s%n"
                        + "request to file stored: %.2f s%nheap max: %d MB, used before: %d MB, peak during export: %d MB%n"
                        + "data insert (JDBC batches): %.1f s%ncores: %d%n",
                Instant.now(), file.getRowCount(), file.getContent().length / 1e6, jobSeconds, seconds,
                memory.getHeapMemoryUsage().getMax() >> 20, heapBefore >> 20, peak.get() >> 20, insertSeconds,
                Runtime.getRuntime().availableProcessors());
        System.out.println(report);
        Files.writeString(Path.of(System.getProperty("jboss.home.dir"), "..", "export-benchmark.txt"), report);
    }

    private void insertOffers() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            long organisation;
            try (ResultSet rs = c.createStatement().executeQuery("select id from organisation where code = 'CPAM-75'")) {
                rs.next();
                organisation = rs.getLong(1);
            }
            try (ResultSet rs = c.createStatement().executeQuery("select count(*) from job_offer where id >= " + FIRST_ID)) {
                rs.next();
                if (rs.getLong(1) >= ROWS) {
                    return;
                }
            }
            String sql = "insert into job_offer (id, reference, title, organisation_id, executive, contract_type_code, "
                    + "departement_code, region_code, description_html, qualification_level_code, status, created_at, "
                    + "created_by, updated_at, published_at, closing_date, version) "
                    + "values (?, ?, ?, ?, false, 'CDI', '75', '11', ?, 'GEN_4', 'PUBLISHED', ?, 'benchmark', ?, ?, ?, 0)";
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement insert = c.prepareStatement(sql)) {
                for (int i = 0; i < ROWS; i++) {
                    insert.setLong(1, FIRST_ID + i);
                    insert.setString(2, "NVHADD" + (9_000_000 + i));
                    insert.setString(3, "Gestionnaire de dossiers n° " + i + " (H/F)");
                    insert.setLong(4, organisation);
                    insert.setString(5, "<p>Offre de test de charge " + i + "</p>");
                    insert.setTimestamp(6, now);
                    insert.setTimestamp(7, now);
                    insert.setTimestamp(8, now);
                    insert.setDate(9, java.sql.Date.valueOf(java.time.LocalDate.now().plusDays(30)));
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        }
    }
}
