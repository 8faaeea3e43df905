package fr.bde.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bde.batch.mobility.MobilityDuplicationLauncher;
import fr.bde.common.PageRequest;
import fr.bde.mobility.domain.CodeList;
import fr.bde.mobility.domain.SearchText;
import fr.bde.mobility.domain.StaffCategory;
import fr.bde.mobility.domain.WishForm;
import fr.bde.mobility.domain.WishKind;
import fr.bde.mobility.service.MobilityPoolService;
import fr.bde.mobility.service.MobilityWishService;
import fr.bde.mobility.service.PoolCriteria;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Opt-in (-Pmobility-benchmark): 100k wishes duplicated from scratch by the job, against the same
 * duplication as one INSERT ... SELECT measured in the same run (issue 5: <= 10 s); then the pool
 * search with 4 criteria, p95 of the service time (<= 50 ms) for a regional recruiter and for a
 * career manager (the national pool: every executive wish). Figures in target/mobility-benchmark.txt.
 */
@ExtendWith(ArquillianExtension.class)
class MobilityBenchmarkIT {

    static final int WISHES = Integer.getInteger("mobility.benchmark.wishes", 100_000);
    static final String[] REGIONS = {"11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93", "94", "01",
        "02", "03", "04", "06"};
    static final String[] JOBS = {"gestionnaire conseil", "technicien prestations", "controleur de gestion",
        "comptable", "juriste", "developpeur", "chef de projet", "assistant social", "infirmier", "medecin conseil",
        "statisticien", "auditeur", "inspecteur du recouvrement", "conseiller offre de service", "charge de communication",
        "responsable ressources humaines", "acheteur", "architecte si", "data scientist", "manager de proximite",
        "formateur", "chargé d'études", "agent d'accueil", "secretaire", "delegue assurance maladie", "analyste",
        "administrateur systeme", "responsable logistique", "conseiller retraite", "gestionnaire paie"};
    static final String[] DIPLOMAS = {"master droit social", "licence administration economique et sociale",
        "bts assistant de gestion", "dut gestion des entreprises", "master comptabilite controle audit",
        "diplome d'etat infirmier", "doctorat en medecine", "master informatique", "licence sciences sanitaires",
        "bac professionnel", "cap employe administratif", "master ressources humaines", "en3s"};
    static final String[] BRANCHES = {"MALADIE", "FAMILLE", "RETRAITE", "RECOUVREMENT", "AUTONOMIE", "MULTIBRANCHE"};
    static final String[] FUNCTIONS = {"DIRECTOR", "ACCOUNTING_OFFICER", "DEPUTY_DIRECTOR", "DEPARTMENT_HEAD",
        "OTHER_EXECUTIVE"};

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(MobilityBenchmarkIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/BdeDS")
    DataSource dataSource;
    @Inject
    MobilityDuplicationLauncher launcher;
    @Inject
    MobilityPoolService pools;
    @Inject
    MobilityWishService wishes;

    final StringBuilder report = new StringBuilder();

    @Test
    void duplicationAndSearchAt100kWishes() throws Exception {
        long owner;
        long organisation;
        List<String[]> departements = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("select id from app_user where login = 'agent.mobilite'");
            rs.next();
            owner = rs.getLong(1);
            rs = s.executeQuery("select id from organisation where code = 'CPAM-75'");
            rs.next();
            organisation = rs.getLong(1);
            rs = s.executeQuery("select code, region_code from departement");
            while (rs.next()) {
                departements.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        // from an empty pool table and without a previous run's benchmark wishes (a reused PostgreSQL database)
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("truncate table mobility_pool_entry");
            s.executeUpdate("delete from mobility_wish where id > 10000000");
        }
        long t0 = System.nanoTime();
        insertWishes(owner, organisation, departements);
        line("Data: %,d wishes inserted in %.1f s (JDBC batches)", WISHES, seconds(t0));

        // baseline: the same duplication as one INSERT ... SELECT
        long baselineEntries;
        long t1 = System.nanoTime();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            baselineEntries = s.executeUpdate(BASELINE);
        }
        double baseline = seconds(t1);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("truncate table mobility_pool_entry");
        }
        line("Baseline INSERT ... SELECT: %,d entries in %.2f s", baselineEntries, baseline);

        // from scratch: every wish pending, no entry
        awaitIdle();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("update mobility_wish set pending = true");
        }
        long t2 = System.nanoTime();
        Properties parameters = new Properties();
        parameters.setProperty("itemCount", System.getProperty("mobility.benchmark.item-count", "5000"));
        Long id = launcher.start(parameters);
        assertTrue(id != null, "no other run in progress");
        JobExecution execution = waitForEnd(id);
        double job = seconds(t2);
        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus(), execution.getExitStatus());
        long entries = count("select count(*) from mobility_pool_entry");
        line("Job mobility-duplication (item-count %s): %,d wishes, %,d entries in %.2f s (%s); ratio to baseline %.1f",
                parameters.getProperty("itemCount"), WISHES, entries, job, execution.getExitStatus(), job / baseline);
        assertEquals(baselineEntries, entries, "the job and the SQL agree on the entries");
        assertTrue(execution.getExitStatus().startsWith("WISHES " + count("select count(*) from mobility_wish") + " "),
                execution.getExitStatus());
        assertEquals(0, count("select count(*) from mobility_wish where pending = true"));

        long t3 = System.nanoTime();
        Long again = launcher.start(new Properties());
        assertEquals(BatchStatus.COMPLETED, waitForEnd(again).getBatchStatus());
        line("Re-run with nothing pending: %.2f s", seconds(t3));
        double visible = newWishVisible(organisation);

        double regional = searchBenchmark("regional recruiter (general scheme, Ile-de-France)", TestUsers.CPAM_PARIS);
        double national = searchBenchmark("career manager (national pool of executive wishes)", "gestionnaire.cnam");
        boolean postgresql;
        try (Connection c = dataSource.getConnection()) {
            postgresql = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        }
        if (postgresql) {
            // the targets are the production database's; on embedded H2 even the bare INSERT ... SELECT
            // takes longer than 10 s, so there the job is held to its ratio to that baseline
            assertTrue(job <= 10.0, "100k wishes duplicated in " + job + " s");
            assertTrue(visible <= 10.0, "a new wish visible in its pools after " + visible + " s");
            assertTrue(regional <= 50.0 && national <= 50.0, "search p95 " + regional + " / " + national + " ms");
        } else {
            assertTrue(job <= 2 * baseline, "job " + job + " s, baseline " + baseline + " s");
        }
    }

    @org.junit.jupiter.api.AfterEach
    void writeReport() throws Exception {
        Path file = Path.of(System.getProperty("jboss.home.dir"), "..", "mobility-benchmark.txt");
        Files.writeString(file, report.toString(), StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        System.out.println(report);
    }

    /**
     * A candidate records a wish through the service (its commit starts the job for it): the time until its
     * entries are in the pools, among the 100k wishes. Wishes of the candidate left by an earlier run go first.
     */
    double newWishVisible(long organisation) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from mobility_wish where candidate_id = (select id from app_user where login = 'candidat.martin')");
        }
        WishForm form = new WishForm(WishKind.STAFF);
        form.setLastName("Martin");
        form.setFirstName("Paul");
        form.setEmail("candidat.martin@example.org");
        form.setOrganisationId(organisation);
        form.setBranchCode("MALADIE");
        form.setSchemeCode("GENERAL");
        form.setCurrentJob("Technicien de prestations");
        form.setCurrentLevel("Niveau 4");
        form.setStaffCategory(StaffCategory.EMPLOYEE);
        form.getDiplomas().set(0, new WishForm.DiplomaLine("BAC2", "BTS assistant de gestion", 2012));
        form.setTargetJobs("Gestionnaire conseil");
        form.setWantedRegions(Set.of("11", "84"));
        form.setWantedBranches(Set.of("MALADIE"));
        form.setAvailableFrom(LocalDate.now().plusMonths(1));
        SecurityIdentity candidate = SecurityDomain.getCurrent().authenticate("candidat.martin",
                new PasswordGuessEvidence(TestUsers.PASSWORD.toCharArray()));
        awaitIdle();
        long start = System.nanoTime();
        Long id = candidate.runAs((java.util.concurrent.Callable<Long>) () -> wishes.save(form));
        double saved = seconds(start);
        long deadline = System.currentTimeMillis() + 30_000;
        while (count("select count(*) from mobility_pool_entry where wish_id = " + id) < 2
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        double visible = seconds(start);
        assertEquals(2, count("select count(*) from mobility_pool_entry where wish_id = " + id), "Ile-de-France and ARA pools");
        line("A new wish (2 regions) recorded through the service in %.2f s, in its 2 pools %.2f s after the call began",
                saved, visible);
        return visible;
    }

    double searchBenchmark(String who, String login) throws Exception {
        Random random = new Random(7);
        List<Long> times = new ArrayList<>();
        long[] matches = new long[1];
        // signed in once, as in a session (a password check is not part of a search)
        SecurityIdentity user = SecurityDomain.getCurrent().authenticate(login,
                new PasswordGuessEvidence(TestUsers.PASSWORD.toCharArray()));
        for (int i = 0; i < 260; i++) {
            PoolCriteria criteria = new PoolCriteria();
            criteria.setDiplomaLevel("BAC3");
            criteria.setJobKeywords(JOBS[random.nextInt(JOBS.length)].split(" ")[0]);
            criteria.setWantedBranch(BRANCHES[random.nextInt(4)]);
            criteria.setAvailableBy(LocalDate.now().plusMonths(6 + random.nextInt(12)));
            int first = i % 4 == 3 ? 20 : 0;
            long start = System.nanoTime();
            long total = user.runAs((java.util.concurrent.Callable<Long>) () -> pools.search(criteria,
                    new PageRequest(first, 20, null, true)).total());
            long elapsed = System.nanoTime() - start;
            if (i >= 60) {
                times.add(elapsed);
                matches[0] += total;
            }
        }
        times.sort(Long::compare);
        double p50 = times.get(times.size() / 2) / 1e6;
        double p95 = times.get((int) (times.size() * 0.95)) / 1e6;
        double max = times.get(times.size() - 1) / 1e6;
        line("Search, 4 criteria (diploma >= Bac+3, job keyword, branch wanted, available by), %s: p50 %.1f ms, p95 %.1f ms, "
                + "max %.1f ms over %d searches (mean count %d)", who, p50, p95, max, times.size(), matches[0] / times.size());
        return p95;
    }

    void insertWishes(long owner, long organisation, List<String[]> departements) throws Exception {
        Random random = new Random(42);
        Timestamp now = Timestamp.from(Instant.now());
        LocalDate today = LocalDate.now();
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("insert into mobility_wish (id, candidate_id, kind, last_name, "
                     + "first_name, email, organisation_id, branch_code, scheme_code, current_job, current_level, target_jobs, "
                     + "target_functions, wanted_branches, wanted_schemes, wanted_regions, wanted_departements, pool_regions, "
                     + "available_from, visible_outside_general, diploma_rank, diploma_text, job_text, created_at, updated_at, "
                     + "pending, version) values (?, ?, ?, ?, 'Agent', 'bench@example.org', ?, 'MALADIE', 'GENERAL', ?, "
                     + "'Niveau 5', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, 0)")) {
            for (int i = 1; i <= WISHES; i++) {
                boolean executive = random.nextBoolean();
                TreeSet<String> regions = new TreeSet<>();
                TreeSet<String> wantedRegions = new TreeSet<>();
                TreeSet<String> wantedDepartements = new TreeSet<>();
                int places = 1 + random.nextInt(2);
                for (int p = 0; p < places; p++) {
                    if (random.nextBoolean()) {
                        String region = REGIONS[random.nextInt(REGIONS.length)];
                        regions.add(region);
                        wantedRegions.add(region);
                    } else {
                        String[] d = departements.get(random.nextInt(departements.size()));
                        regions.add(d[1]);
                        wantedDepartements.add(d[0]);
                    }
                }
                String currentJob = JOBS[random.nextInt(JOBS.length)];
                String target = JOBS[random.nextInt(JOBS.length)];
                String diploma = DIPLOMAS[random.nextInt(DIPLOMAS.length)];
                insert.setLong(1, 10_000_000L + i);
                insert.setLong(2, owner);
                insert.setString(3, executive ? "EXECUTIVE" : "STAFF");
                insert.setString(4, "Nom" + (i % 5000));
                insert.setLong(5, organisation);
                insert.setString(6, currentJob);
                insert.setString(7, target);
                insert.setString(8, executive ? CodeList.of(Arrays.asList(FUNCTIONS[random.nextInt(FUNCTIONS.length)])) : null);
                insert.setString(9, CodeList.of(List.of(BRANCHES[random.nextInt(BRANCHES.length)], BRANCHES[random.nextInt(BRANCHES.length)])));
                insert.setString(10, random.nextInt(10) == 0 ? ",AGRICOLE," : null);
                insert.setString(11, CodeList.of(wantedRegions));
                insert.setString(12, CodeList.of(wantedDepartements));
                insert.setString(13, CodeList.of(regions));
                insert.setDate(14, Date.valueOf(today.plusDays(random.nextInt(730))));
                insert.setBoolean(15, random.nextInt(10) < 3);
                insert.setInt(16, 1 + random.nextInt(7));
                insert.setString(17, SearchText.normalise(diploma));
                insert.setString(18, SearchText.join(3500, currentJob, target));
                insert.setTimestamp(19, now);
                insert.setTimestamp(20, new Timestamp(now.getTime() - random.nextInt(1_000_000_000)));
                insert.addBatch();
                if (i % 5000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    static final String BASELINE = "insert into mobility_pool_entry (wish_id, audience, region_code, kind, diploma_rank, "
            + "available_from, wanted_branches, wanted_schemes, wanted_places, diploma_text, job_text, last_name, updated_at, "
            + "duplicated_at) "
            + "select w.id, a.audience, r.code, w.kind, w.diploma_rank, w.available_from, w.wanted_branches, w.wanted_schemes, "
            + "w.pool_regions, w.diploma_text, w.job_text, w.last_name, w.updated_at, current_timestamp "
            + "from mobility_wish w join region r on w.pool_regions like '%,' || r.code || ',%' "
            + "join (values ('GENERAL_SCHEME'), ('RSI'), ('MSA'), ('PUBLIC_SERVICE')) as a(audience) "
            + "on (a.audience = 'GENERAL_SCHEME' and (w.wanted_schemes is null or w.wanted_schemes like '%,GENERAL,%')) "
            + "or (a.audience <> 'GENERAL_SCHEME' and w.visible_outside_general) "
            + "where not (w.kind = 'EXECUTIVE' and w.target_functions in (',DIRECTOR,', ',ACCOUNTING_OFFICER,', "
            + "',ACCOUNTING_OFFICER,DIRECTOR,')) "
            + "union all select w.id, 'CAREER_MANAGERS', 'FR', w.kind, w.diploma_rank, w.available_from, w.wanted_branches, "
            + "w.wanted_schemes, w.pool_regions, w.diploma_text, w.job_text, w.last_name, w.updated_at, current_timestamp "
            + "from mobility_wish w where w.kind = 'EXECUTIVE'";

    long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void awaitIdle() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            var operator = BatchRuntime.getJobOperator();
            if (!operator.getJobNames().contains(MobilityDuplicationLauncher.JOB)
                    || operator.getRunningExecutions(MobilityDuplicationLauncher.JOB).isEmpty()) {
                return;
            }
            Thread.sleep(100);
        }
    }

    static JobExecution waitForEnd(long id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 600_000;
        JobExecution execution = BatchRuntime.getJobOperator().getJobExecution(id);
        while (execution.getEndTime() == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            execution = BatchRuntime.getJobOperator().getJobExecution(id);
        }
        return execution;
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    void line(String format, Object... args) {
        String text = String.format(java.util.Locale.ROOT, format, args);
        report.append(text).append('\n');
        System.out.println("mobility-benchmark: " + text);
    }
}
