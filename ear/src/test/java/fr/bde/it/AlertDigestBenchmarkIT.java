package fr.bde.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bde.batch.alertdigest.AlertDigestLauncher;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The daily alert digest at scale (mvn verify -Palert-benchmark): 100,000 active alerts of 20,000
 * candidates with random criteria (keywords from a 300-word vocabulary, region, département,
 * contract, branch, remote) against 1,000 offers published since the previous digest. Times the
 * job from start to end (matching, one outbox mail per alert with matches, digest records); fails
 * above 5 minutes. Figures in ear/target/alert-benchmark.txt.
 */
@ExtendWith(ArquillianExtension.class)
class AlertDigestBenchmarkIT {

    static final int ALERTS = Integer.getInteger("bde.benchmark.alerts", 100_000);
    static final int OFFERS = Integer.getInteger("bde.benchmark.new-offers", 1_000);
    static final int CANDIDATES = ALERTS / 5;
    static final long FIRST_ID = 70_000_000L;
    static final Duration LIMIT = Duration.ofMinutes(5);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(AlertDigestBenchmarkIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/BdeDS")
    DataSource dataSource;

    @Inject
    AlertDigestLauncher digest;

    @Inject
    Clock clock;

    record Org(long id, String departement, String region) {
    }

    @Test
    void digestOfOneHundredThousandAlertsAgainstOneThousandNewOffersTakesUnderFiveMinutes() throws Exception {
        long insertStart = System.nanoTime();
        insertData();
        double insertSeconds = (System.nanoTime() - insertStart) / 1e9;
        long outboxBefore = count("select count(*) from outbox_message");
        AtomicLong peakHeap = new AtomicLong();
        Thread sampler = heapSampler(peakHeap);
        String loadBefore = loadAverage();

        long start = System.nanoTime();
        long executionId = digest.start();
        JobExecution execution = waitForEnd(executionId);
        double seconds = (System.nanoTime() - start) / 1e9;
        sampler.interrupt();
        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());

        long mails = count("select count(*) from outbox_message") - outboxBefore;
        long digests = count("select count(*) from job_alert_digest where alert_id >= " + FIRST_ID);
        long offersListed = count("select coalesce(sum(offer_count), 0) from job_alert_digest where alert_id >= " + FIRST_ID);
        StepExecution step = BatchRuntime.getJobOperator().getStepExecutions(executionId).get(0);
        String report = String.format(Locale.ROOT, "Alert digest benchmark, %s%n"
                        + "machine: %d cores, Java %s, database %s, load average before %s, after %s%n"
                        + "data: %d active alerts (%d candidates), %d offers published since the last digest "
                        + "(inserted in %.1f s)%n"
                        + "job alert-digest: %.1f s start to end (limit %d s); step exit status: %s%n"
                        + "digests mailed (outbox rows): %d; digest records: %d; matches in all: %d "
                        + "(%.1f per mailed alert)%n"
                        + "peak heap used during the job: %d MB of %d MB%n",
                LocalDate.now(clock), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                databaseName(), loadBefore, loadAverage(), ALERTS, CANDIDATES, OFFERS, insertSeconds,
                seconds, LIMIT.toSeconds(), step.getExitStatus(), mails, digests, offersListed,
                digests == 0 ? 0.0 : (double) offersListed / digests, peakHeap.get() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.println(report);
        Files.writeString(Path.of(System.getProperty("jboss.home.dir"), "..", "alert-benchmark.txt"), report);
        assertEquals(digests, mails, "one mail per digest");
        assertTrue(digests > ALERTS / 10, "a realistic share of alerts has news: " + digests);
        assertTrue(seconds <= LIMIT.toSeconds(), report);

        // the same day again: nothing more
        long again = digest.start();
        assertEquals(BatchStatus.COMPLETED, waitForEnd(again).getBatchStatus());
        assertEquals(mails, count("select count(*) from outbox_message") - outboxBefore, "nothing twice");
    }

    static JobExecution waitForEnd(long id) throws InterruptedException {
        JobExecution execution = BatchRuntime.getJobOperator().getJobExecution(id);
        long deadline = System.currentTimeMillis() + 20 * 60_000;
        while (execution.getEndTime() == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            execution = BatchRuntime.getJobOperator().getJobExecution(id);
        }
        return execution;
    }

    static Thread heapSampler(AtomicLong peak) {
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                peak.accumulateAndGet(used, Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        return sampler;
    }

    static String loadAverage() {
        return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** The database actually behind the data source (the server's, whatever the build said). */
    String databaseName() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        }
    }

    long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<String> strings(Connection c, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** Words of job titles and missions, so that keywords hit some offers and miss most. */
    static List<String> vocabulary() {
        String[] stems = {"gestionnaire", "conseiller", "technicien", "juriste", "comptable", "infirmier", "medecin",
                "statisticien", "developpeur", "architecte", "auditeur", "controleur", "assistant", "responsable",
                "charge", "chef", "directeur", "agent", "analyste", "formateur", "acheteur", "redacteur", "secretaire",
                "inspecteur", "delegue", "coordinateur", "manager", "expert", "ingenieur", "administrateur"};
        String[] domains = {"retraite", "famille", "maladie", "recouvrement", "prestations", "accueil", "paie",
                "budget", "achats", "immobilier", "informatique", "reseau", "donnees", "qualite", "risques",
                "fraude", "contentieux", "communication", "formation", "recrutement", "social", "prevention",
                "sante", "handicap", "logement", "entreprises", "cotisations", "pilotage", "statistiques", "archives"};
        List<String> words = new ArrayList<>();
        for (String s : stems) {
            words.add(s);
        }
        for (String d : domains) {
            words.add(d);
        }
        // 240 rarer words make the other part of the vocabulary
        for (int i = 0; i < 240; i++) {
            words.add("competence" + (char) ('a' + i % 26) + (char) ('a' + i / 26));
        }
        return words;
    }

    void insertData() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            if (count("select count(*) from job_alert where id >= " + FIRST_ID) >= ALERTS) {
                return;
            }
            c.setAutoCommit(false);
            Random random = new Random(2027);
            List<String> words = vocabulary();
            List<Org> orgs = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select id, departement_code, region_code "
                    + "from organisation where departement_code is not null order by id")) {
                while (rs.next()) {
                    orgs.add(new Org(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            List<String> contracts = strings(c, "select code from contract_type");
            List<String> levels = strings(c, "select code from qualification_level");
            List<String> branches = strings(c, "select code from branch");
            Instant now = clock.instant();
            Instant previousDigest = now.minus(Duration.ofDays(1));
            try (PreparedStatement offer = c.prepareStatement("insert into job_offer (id, reference, title, "
                    + "organisation_id, executive, contract_type_code, departement_code, region_code, description_html, "
                    + "qualification_level_code, education_level_code, status, created_at, created_by, updated_at, "
                    + "published_at, closing_date, version, remote_work) "
                    + "values (?, ?, ?, ?, false, ?, ?, ?, ?, ?, 'BAC5', 'PUBLISHED', ?, 'bench', ?, ?, ?, 0, ?)")) {
                for (int i = 0; i < OFFERS; i++) {
                    Org org = orgs.get(random.nextInt(orgs.size()));
                    String title = words.get(random.nextInt(30)) + " " + words.get(30 + random.nextInt(30));
                    StringBuilder description = new StringBuilder("<p>");
                    for (int w = 0; w < 10; w++) {
                        description.append(words.get(random.nextInt(words.size()))).append(' ');
                    }
                    Instant published = previousDigest.plusSeconds(60 + random.nextInt(80_000));
                    offer.setLong(1, FIRST_ID + i);
                    offer.setString(2, "BENCHA" + i);
                    offer.setString(3, title);
                    offer.setLong(4, org.id());
                    offer.setString(5, contracts.get(random.nextInt(contracts.size())));
                    offer.setString(6, org.departement());
                    offer.setString(7, org.region());
                    offer.setString(8, description.append("</p>").toString());
                    offer.setString(9, random.nextBoolean() ? levels.get(random.nextInt(levels.size())) : null);
                    offer.setTimestamp(10, Timestamp.from(published.minus(Duration.ofDays(2))));
                    offer.setTimestamp(11, Timestamp.from(published));
                    offer.setTimestamp(12, Timestamp.from(published));
                    offer.setObject(13, LocalDate.now(clock).plusDays(30));
                    offer.setBoolean(14, random.nextInt(4) == 0);
                    offer.addBatch();
                }
                offer.executeBatch();
            }
            String hash = (String) single(c, "select password_hash from app_user where login = 'candidat.durand'");
            try (PreparedStatement user = c.prepareStatement("insert into app_user (id, login, password_hash, display_name, "
                    + "email, organisation_id, enabled, created_at) values (?, ?, ?, ?, ?, null, true, ?)");
                 PreparedStatement role = c.prepareStatement("insert into app_user_role (user_id, role) values (?, 'CANDIDATE')");
                 PreparedStatement account = c.prepareStatement("insert into candidate_account (user_id, first_name, "
                         + "last_name, privacy_consent_at, validated_at, version) values (?, ?, 'Banc', ?, ?, 0)")) {
                for (int i = 0; i < CANDIDATES; i++) {
                    long id = FIRST_ID + i;
                    String email = "banc" + i + "@example.org";
                    user.setLong(1, id);
                    user.setString(2, email);
                    user.setString(3, hash);
                    user.setString(4, "Candidat " + i);
                    user.setString(5, email);
                    user.setTimestamp(6, Timestamp.from(now.minus(Duration.ofDays(30))));
                    user.addBatch();
                    role.setLong(1, id);
                    role.addBatch();
                    account.setLong(1, id);
                    account.setString(2, "Candidat" + i);
                    account.setTimestamp(3, Timestamp.from(now.minus(Duration.ofDays(30))));
                    account.setTimestamp(4, Timestamp.from(now.minus(Duration.ofDays(30))));
                    account.addBatch();
                    if (i % 2000 == 1999) {
                        user.executeBatch();
                        role.executeBatch();
                        account.executeBatch();
                    }
                }
                user.executeBatch();
                role.executeBatch();
                account.executeBatch();
            }
            try (PreparedStatement alert = c.prepareStatement("insert into job_alert (id, candidate_id, keywords, "
                    + "region_code, departement_code, organisation_id, branch_code, contract_type_code, "
                    + "qualification_level_code, remote_only, period, created_at, ends_on, last_digest_at, version) "
                    + "values (?, ?, ?, ?, ?, null, ?, ?, null, ?, 'THREE_MONTHS', ?, ?, ?, 0)")) {
                for (int i = 0; i < ALERTS; i++) {
                    Org org = orgs.get(random.nextInt(orgs.size()));
                    int kind = random.nextInt(10);
                    String keywords = kind < 7 ? words.get(random.nextInt(60))
                            + (random.nextInt(3) == 0 ? " " + words.get(random.nextInt(words.size())) : "") : null;
                    boolean byRegion = random.nextInt(2) == 0;
                    boolean byDepartement = !byRegion && random.nextInt(5) == 0;
                    alert.setLong(1, FIRST_ID + i);
                    alert.setLong(2, FIRST_ID + i % CANDIDATES);
                    alert.setString(3, keywords);
                    alert.setString(4, byRegion || keywords == null ? org.region() : null);
                    alert.setString(5, byDepartement ? org.departement() : null);
                    alert.setString(6, random.nextInt(7) == 0 ? branches.get(random.nextInt(branches.size())) : null);
                    alert.setString(7, random.nextInt(5) < 2 ? contracts.get(random.nextInt(contracts.size())) : null);
                    alert.setBoolean(8, random.nextInt(10) == 0);
                    alert.setTimestamp(9, Timestamp.from(previousDigest.minus(Duration.ofDays(10))));
                    alert.setObject(10, LocalDate.now(clock).plusDays(60));
                    alert.setTimestamp(11, Timestamp.from(previousDigest));
                    alert.addBatch();
                    if (i % 5000 == 4999) {
                        alert.executeBatch();
                    }
                }
                alert.executeBatch();
            }
            c.commit();
            boolean postgresql = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute(postgresql ? "VACUUM ANALYZE" : "ANALYZE");
            }
        }
    }

    static Object single(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getObject(1);
        }
    }
}
