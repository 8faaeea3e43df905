package fr.bde.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bde.batch.mobility.MobilityDuplicationLauncher;
import fr.bde.common.AccessDeniedException;
import fr.bde.common.PageRequest;
import fr.bde.mobility.domain.CodeList;
import fr.bde.mobility.domain.ExecutiveFunction;
import fr.bde.mobility.domain.PoolAssignment;
import fr.bde.mobility.domain.StaffCategory;
import fr.bde.mobility.domain.WishForm;
import fr.bde.mobility.domain.WishKind;
import fr.bde.mobility.service.AccessRow;
import fr.bde.mobility.service.MobilityPoolService;
import fr.bde.mobility.service.MobilityWishService;
import fr.bde.mobility.service.MyWish;
import fr.bde.mobility.service.PoolCriteria;
import fr.bde.mobility.service.PoolRow;
import fr.bde.mobility.service.WishDetail;
import fr.bde.mobility.service.WishRejectedException;
import fr.bde.organisation.domain.Organisation;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mobility wishes and pools on the deployed EAR: wishes recorded by employees show in their pools
 * within seconds of the commit, a re-run changes nothing, a run crashed at a chunk and restarted
 * ends with exactly the right entries, each role sees only its pools (region, opt-in, career
 * managers nationwide, Directeur wishes), search criteria, scoped export, the access log, deletion.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MobilityPoolIT {

    static final String DURAND = "candidat.durand";
    static final String MARTIN = "candidat.martin";
    static final String CAREER_MANAGER = "gestionnaire.cnam";
    static final String MSA = "recruteur.msa27";
    static final String RSI = "recruteur.rsi27";
    static final String PUBLIC_SERVICE = "recruteur.fp27";
    static Long durandStaff;
    static Long durandDirector;
    static Long martinStaff;
    static Long martinExecutive;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(MobilityPoolIT.class, TestData.class);
    }

    @Inject
    MobilityWishService wishes;
    @Inject
    MobilityPoolService pools;
    @Inject
    MobilityDuplicationLauncher launcher;
    @Inject
    TestData data;
    @Inject
    Clock clock;
    @PersistenceContext(unitName = "bde")
    EntityManager em;

    Long organisation(String code) {
        return em.createQuery("select o from Organisation o where o.code = :code", Organisation.class)
                .setParameter("code", code).getSingleResult().getId();
    }

    WishForm form(WishKind kind, String job, String diplomaLevel, String diploma, Set<String> regions,
                  Set<String> departements, boolean optIn) {
        WishForm form = new WishForm(kind);
        form.setLastName("Testeur");
        form.setFirstName("Agent");
        form.setEmail("agent.testeur@example.org");
        form.setOrganisationId(organisation("CPAM-75"));
        form.setBranchCode("MALADIE");
        form.setSchemeCode("GENERAL");
        form.setCurrentJob("Technicien " + job);
        form.setCurrentLevel("Niveau 4");
        form.setStaffCategory(StaffCategory.EMPLOYEE);
        form.getDiplomas().set(0, new WishForm.DiplomaLine(diplomaLevel, diploma, 2012));
        form.setTrainings("Certificat institutionnel CQP " + job);
        form.setTargetJobs(job);
        form.setWantedRegions(regions);
        form.setWantedDepartements(departements);
        form.setWantedBranches(Set.of("MALADIE", "FAMILLE"));
        form.setAvailableFrom(LocalDate.now(clock).plusMonths(1));
        form.setVisibleOutsideGeneralScheme(optIn);
        return form;
    }

    List<Long> found(String login, PoolCriteria criteria) throws Exception {
        return TestUsers.as(login, () -> pools.search(criteria, PageRequest.of(0, 100)).items().stream()
                .map(PoolRow::id).toList());
    }

    /** What the user finds among this class's wishes (other test classes record wishes too). */
    List<Long> all(String login) throws Exception {
        Set<Long> ours = new HashSet<>(java.util.Arrays.asList(durandStaff, durandDirector, martinStaff, martinExecutive));
        return found(login, new PoolCriteria()).stream().filter(ours::contains).toList();
    }

    /** Pool entries of a wish as "AUDIENCE:REGION", sorted. */
    @SuppressWarnings("unchecked")
    List<String> entries(Long wishId) {
        List<Object[]> rows = em.createNativeQuery("select audience, region_code from mobility_pool_entry where wish_id = ?1 "
                + "order by audience, region_code").setParameter(1, wishId).getResultList();
        return rows.stream().map(r -> r[0] + ":" + r[1]).toList();
    }

    void awaitEntries(Long wishId, int expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (entries(wishId).size() != expected && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(expected, entries(wishId).size(), "entries of wish " + wishId + " within 10 s of the commit");
    }

    /** Waits until the wish's entries are exactly {@code expected} (a change keeps their number, not their pools). */
    void awaitEntries(Long wishId, List<String> expected) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!entries(wishId).equals(expected) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(expected, entries(wishId), "entries of wish " + wishId + " within 10 s of the commit");
    }

    void awaitIdle() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            var operator = BatchRuntime.getJobOperator();
            if (operator.getJobNames().contains(MobilityDuplicationLauncher.JOB)
                    && operator.getRunningExecutions(MobilityDuplicationLauncher.JOB).isEmpty()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the duplication job is still running");
    }

    static JobExecution waitForEnd(long id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        JobExecution execution = BatchRuntime.getJobOperator().getJobExecution(id);
        while (execution.getEndTime() == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            execution = BatchRuntime.getJobOperator().getJobExecution(id);
        }
        return execution;
    }

    JobExecution run(Properties parameters) throws Exception {
        awaitIdle();
        Long id = launcher.start(parameters);
        assertNotNull(id, "no run in progress");
        return waitForEnd(id);
    }

    @Test
    @Order(1)
    void wishesShowInTheirPoolsWithinSecondsOfTheCommit() throws Exception {
        durandStaff = TestUsers.as(DURAND, () -> wishes.save(form(WishKind.STAFF, "contrôleur de gestion", "BAC5",
                "Master Comptabilité contrôle audit", Set.of(), Set.of("75"), false)));
        WishForm director = form(WishKind.EXECUTIVE, "directeur d'organisme", "BAC5", "EN3S", Set.of("11"), Set.of(), false);
        director.setTargetFunctions(EnumSet.of(ExecutiveFunction.DIRECTOR));
        durandDirector = TestUsers.as(DURAND, () -> wishes.save(director));
        WishForm staff = form(WishKind.STAFF, "gestionnaire conseil", "BAC2", "BTS assistant de gestion", Set.of("84"),
                Set.of(), true);
        staff.setWantedSchemes(Set.of("GENERAL", "AGRICOLE"));
        martinStaff = TestUsers.as(MARTIN, () -> wishes.save(staff));
        WishForm executive = form(WishKind.EXECUTIVE, "sous-directeur", "BAC5", "Master droit social", Set.of(),
                Set.of("21"), true);
        executive.setTargetFunctions(EnumSet.of(ExecutiveFunction.DEPUTY_DIRECTOR, ExecutiveFunction.DIRECTOR));
        martinExecutive = TestUsers.as(MARTIN, () -> wishes.save(executive));

        // no explicit run: the commit triggers the job
        awaitEntries(durandStaff, 1);
        awaitEntries(durandDirector, 1);
        awaitEntries(martinStaff, 4);
        awaitEntries(martinExecutive, 5);
        assertEquals(List.of("GENERAL_SCHEME:11"), entries(durandStaff), "the région of the département wanted");
        assertEquals(List.of("CAREER_MANAGERS:FR"), entries(durandDirector), "Directeur: career managers only");
        assertEquals(List.of("GENERAL_SCHEME:84", "MSA:84", "PUBLIC_SERVICE:84", "RSI:84"), entries(martinStaff));
        assertEquals(List.of("CAREER_MANAGERS:FR", "GENERAL_SCHEME:27", "MSA:27", "PUBLIC_SERVICE:27", "RSI:27"),
                entries(martinExecutive));
        awaitIdle();
        assertEquals(0, data.count("select count(*) from mobility_wish where pending = true"));

        List<MyWish> mine = TestUsers.as(MARTIN, () -> wishes.mine());
        assertEquals(2, mine.size());
        assertEquals(4, mine.stream().filter(w -> w.id().equals(martinStaff)).findFirst().orElseThrow().pools().size());
    }

    @Test
    @Order(2)
    void aSecondWishOfTheSameKindAndAWrongQuestionnaireAreRefused() throws Exception {
        WishRejectedException again = assertThrows(WishRejectedException.class, () -> TestUsers.as(DURAND,
                () -> wishes.save(form(WishKind.STAFF, "x", "BAC", "Bac", Set.of("11"), Set.of(), false))));
        assertEquals("mobility.form.alreadyRecorded", again.getMessageKey());
        WishRejectedException wrong = assertThrows(WishRejectedException.class, () -> TestUsers.as(DURAND,
                () -> wishes.save(new WishForm(WishKind.STAFF))));
        assertTrue(wrong.getProblems().size() > 5);
    }

    @Test
    @Order(3)
    void reRunningTheJobChangesNothing() throws Exception {
        String before = snapshot();
        JobExecution execution = run(new Properties());
        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
        assertEquals(before, snapshot(), "nothing pending: not even the duplication time changes");
        Properties all = new Properties();
        all.setProperty("all", "true");
        assertEquals(BatchStatus.COMPLETED, run(all).getBatchStatus());
        assertEquals(withoutTimes(before), withoutTimes(snapshot()), "re-duplicating every wish gives the same entries");
    }

    static String withoutTimes(String snapshot) {
        return snapshot.replaceAll("@[^;]*;", ";");
    }

    @SuppressWarnings("unchecked")
    String snapshot() {
        List<Object[]> rows = em.createNativeQuery("select wish_id, audience, region_code, kind, wanted_places, duplicated_at "
                + "from mobility_pool_entry order by wish_id, audience, region_code").getResultList();
        return rows.stream().map(r -> r[0] + ":" + r[1] + ":" + r[2] + ":" + r[3] + ":" + r[4] + "@" + r[5] + ";")
                .collect(Collectors.joining());
    }

    @Test
    @Order(4)
    void eachRoleSeesOnlyItsPools() throws Exception {
        // general scheme: the recruiter's region only
        assertEquals(List.of(durandStaff), all(TestUsers.CPAM_PARIS), "Île-de-France");
        assertEquals(List.of(martinStaff), all(TestUsers.CAF_RHONE), "Auvergne-Rhône-Alpes");
        assertEquals(List.of(), all(TestUsers.CARSAT), "Grand Est: nobody wants it");
        // RSI, MSA, public service: only wishes opted in, of their region
        assertEquals(List.of(martinExecutive), all(MSA));
        assertEquals(List.of(martinExecutive), all(RSI));
        assertEquals(List.of(martinExecutive), all(PUBLIC_SERVICE));
        assertEquals(List.of(), all(TestUsers.CNRSI), "RSI of Île-de-France: Durand did not opt in");
        // career managers: every executive wish nationwide, Directeur included, no staff wish
        assertEquals(Set.of(durandDirector, martinExecutive), new HashSet<>(all(CAREER_MANAGER)));
        // opening a wish outside one's pools is refused, even by a forged id
        assertThrows(AccessDeniedException.class, () -> TestUsers.as(TestUsers.CPAM_PARIS, () -> pools.open(martinStaff)));
        assertThrows(AccessDeniedException.class, () -> TestUsers.as(TestUsers.CPAM_PARIS, () -> pools.open(durandDirector)));
        assertThrows(AccessDeniedException.class, () -> TestUsers.as(MSA, () -> pools.open(durandStaff)));
        WishDetail director = TestUsers.as(CAREER_MANAGER, () -> pools.open(durandDirector));
        assertEquals(List.of("DIRECTOR"), director.targetFunctions());
        // a candidate never reaches another's wish
        assertThrows(fr.bde.common.NotFoundException.class, () -> TestUsers.as(MARTIN, () -> wishes.get(durandStaff)));
    }

    @Test
    @Order(5)
    void searchUsesTheQuestionnaire() throws Exception {
        PoolCriteria criteria = new PoolCriteria();
        criteria.setDiplomaLevel("BAC3");
        criteria.setDiplomaKeywords("comptabilité");
        criteria.setJobKeywords("Contrôleur gestion");
        criteria.setWantedDepartement("75");
        assertEquals(List.of(durandStaff), found(TestUsers.CPAM_PARIS, criteria));
        criteria.setWantedBranch("FAMILLE");
        criteria.setAvailableBy(LocalDate.now(clock).plusMonths(2));
        assertEquals(List.of(durandStaff), found(TestUsers.CPAM_PARIS, criteria));
        criteria.setWantedDepartement("92");
        assertEquals(List.of(), found(TestUsers.CPAM_PARIS, criteria), "Durand wants Paris, not the whole region");
        criteria.setWantedDepartement(null);
        criteria.setDiplomaLevel("BAC8");
        assertEquals(List.of(), found(TestUsers.CPAM_PARIS, criteria), "no doctorate");
        criteria.setDiplomaLevel(null);
        criteria.setAvailableBy(LocalDate.now(clock));
        assertEquals(List.of(), found(TestUsers.CPAM_PARIS, criteria), "available next month only");
        PoolCriteria place = new PoolCriteria();
        place.setWantedDepartement("21");
        assertEquals(List.of(martinExecutive), found(CAREER_MANAGER, place), "Martin wants the C\u00f4te-d'Or");
        place.setWantedDepartement("71");
        assertEquals(List.of(), found(CAREER_MANAGER, place), "another département of the same region");
        place.setWantedDepartement("92");
        assertEquals(List.of(durandDirector), found(CAREER_MANAGER, place), "Durand wants the whole region 11");
        place.setWantedDepartement(null);
        place.setWantedRegion("27");
        assertEquals(List.of(martinExecutive), found(CAREER_MANAGER, place), "région of the département 21");
    }

    @Test
    @Order(6)
    void exportIsScopedAndEveryAccessIsShownToTheOwner() throws Exception {
        List<WishDetail> exported = TestUsers.as(TestUsers.CAF_RHONE, () -> pools.exportBatch(new PoolCriteria(), 0, 100));
        assertEquals(List.of(martinStaff), exported.stream().map(WishDetail::id).toList());
        assertEquals("BTS assistant de gestion", exported.get(0).diplomas().get(0).title());
        TestUsers.as(TestUsers.CPAM_PARIS, () -> pools.open(durandStaff));
        List<AccessRow> durandLog = TestUsers.as(DURAND, () -> wishes.mine()).stream()
                .filter(w -> w.id().equals(durandStaff)).findFirst().orElseThrow().accesses();
        assertEquals(1, durandLog.size());
        assertEquals("Claire Martin", durandLog.get(0).viewerName());
        assertEquals("CPAM de Paris", durandLog.get(0).organisationName());
        assertEquals(MobilityPoolService.VIEW, durandLog.get(0).channel());
        assertNotNull(durandLog.get(0).accessedAt());
        List<AccessRow> martinLog = TestUsers.as(MARTIN, () -> wishes.mine()).stream()
                .filter(w -> w.id().equals(martinStaff)).findFirst().orElseThrow().accesses();
        assertEquals(List.of("Julien Bernard " + MobilityPoolService.EXPORT),
                martinLog.stream().map(a -> a.viewerName() + " " + a.channel()).toList());
    }

    @Test
    @Order(7)
    void aRunCrashedAtAChunkAndRestartedEndsWithExactlyTheRightEntries() throws Exception {
        awaitIdle();
        Long owner = ((Number) data.single("select id from app_user where login = ?", TestUsers.NEW_RECRUITER)).longValue();
        List<Long> ids = new ArrayList<>();
        long expectedEntries = 0;
        for (int i = 0; i < 55; i++) {
            long id = ((Number) data.single("select nextval('mobility_wish_seq')")).longValue() * 1000 + i;
            String regions = i % 3 == 0 ? ",11,84," : ",53,";
            boolean optIn = i % 2 == 0;
            data.execute("insert into mobility_wish (id, candidate_id, kind, last_name, first_name, email, organisation_id, "
                    + "branch_code, scheme_code, current_job, current_level, target_jobs, pool_regions, available_from, "
                    + "visible_outside_general, diploma_rank, diploma_text, job_text, created_at, updated_at, pending, version) "
                    + "select ?, ?, 'STAFF', 'Lot', 'Agent', 'lot@example.org', organisation_id, branch_code, scheme_code, "
                    + "current_job, current_level, target_jobs, ?, available_from, ?, diploma_rank, diploma_text, job_text, "
                    + "created_at, updated_at, true, 0 from mobility_wish where id = ?", id, owner, regions, optIn, durandStaff);
            ids.add(id);
            expectedEntries += PoolAssignment.pools(new PoolAssignment.Wish(WishKind.STAFF, CodeList.parse(regions),
                    Set.of(), optIn)).size();
        }
        Properties crash = new Properties();
        crash.setProperty("itemCount", "10");
        crash.setProperty("failAtChunk", "3");
        JobExecution failed = run(crash);
        assertEquals(BatchStatus.FAILED, failed.getBatchStatus());
        String batch = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        assertEquals(35, data.count("select count(*) from mobility_wish where pending = true and id in (" + batch + ")"),
                "chunks 1 and 2 committed, chunk 3 rolled back");

        Properties resume = new Properties();
        resume.setProperty("itemCount", "10");
        resume.setProperty("failAtChunk", "0");
        awaitIdle();
        long restarted = launcher.restart(failed.getExecutionId(), resume);
        JobExecution done = waitForEnd(restarted);
        assertEquals(BatchStatus.COMPLETED, done.getBatchStatus());
        assertTrue(done.getExitStatus().startsWith("WISHES 35 "), done.getExitStatus() + ": resumed after chunk 2");
        assertEquals(expectedEntries, data.count("select count(*) from mobility_pool_entry where wish_id in (" + batch + ")"));
        assertEquals(0, data.count("select count(*) from mobility_wish where pending = true"));
        for (int i = 0; i < ids.size(); i++) {
            String regions = i % 3 == 0 ? ",11,84," : ",53,";
            assertEquals(PoolAssignment.pools(new PoolAssignment.Wish(WishKind.STAFF, CodeList.parse(regions), Set.of(),
                    i % 2 == 0)).stream().map(p -> p.audience() + ":" + p.regionCode()).sorted().toList(), entries(ids.get(i)));
        }
        // the batch leaves: deletion propagates to every pool and removes the rows
        data.execute("update mobility_wish set deleted_at = updated_at, pending = true where id in (" + batch + ")");
        assertEquals(BatchStatus.COMPLETED, run(new Properties()).getBatchStatus());
        assertEquals(0, data.count("select count(*) from mobility_pool_entry where wish_id in (" + batch + ")"));
        assertEquals(0, data.count("select count(*) from mobility_wish where id in (" + batch + ")"));
    }

    @Test
    @Order(8)
    void aDeletedWishLeavesEveryPool() throws Exception {
        TestUsers.as(MARTIN, () -> {
            wishes.delete(martinExecutive);
            return null;
        });
        assertEquals(1, TestUsers.as(MARTIN, () -> wishes.mine()).size(), "gone from the personal space at once");
        awaitEntries(martinExecutive, 0);
        awaitIdle();
        assertEquals(0, data.count("select count(*) from mobility_wish where id = ?", martinExecutive));
        assertEquals(List.of(), all(MSA));
        assertEquals(List.of(durandDirector), all(CAREER_MANAGER));
    }

    @Test
    @Order(9)
    void aChangedWishLeavesItsOldPoolAndEntersTheNewOne() throws Exception {
        assertEquals(List.of(martinStaff), all(TestUsers.CAF_RHONE), "Auvergne-Rh\u00f4ne-Alpes before the change");
        assertEquals(List.of(durandStaff), all(TestUsers.CPAM_PARIS), "\u00cele-de-France before the change");
        WishForm changed = form(WishKind.STAFF, "gestionnaire conseil", "BAC2", "BTS assistant de gestion", Set.of("11"),
                Set.of(), true);
        changed.setWantedSchemes(Set.of("GENERAL", "AGRICOLE"));
        changed.setId(martinStaff);
        assertEquals(martinStaff, TestUsers.as(MARTIN, () -> wishes.save(changed)), "the same wish, changed");

        // no explicit run: the commit triggers the job, which moves the wish from region 84 to region 11
        awaitEntries(martinStaff, List.of("GENERAL_SCHEME:11", "MSA:11", "PUBLIC_SERVICE:11", "RSI:11"));
        awaitIdle();
        assertEquals(0, data.count("select count(*) from mobility_wish where pending = true"));
        assertEquals(List.of(), all(TestUsers.CAF_RHONE), "gone from the old pool");
        assertEquals(Set.of(durandStaff, martinStaff), new HashSet<>(all(TestUsers.CPAM_PARIS)), "in the new pool");
        assertEquals(List.of(martinStaff), all(TestUsers.CNRSI), "opted in: the RSI of the new region too");
        assertThrows(AccessDeniedException.class, () -> TestUsers.as(TestUsers.CAF_RHONE, () -> pools.open(martinStaff)));
        assertEquals(martinStaff, TestUsers.as(TestUsers.CPAM_PARIS, () -> pools.open(martinStaff)).id());
        assertEquals(4, TestUsers.as(MARTIN, () -> wishes.mine()).stream().filter(w -> w.id().equals(martinStaff))
                .findFirst().orElseThrow().pools().size(), "four pools in the personal space");
    }

    @Test
    @Order(10)
    void thePoolSearchPagesAndSorts() throws Exception {
        awaitIdle();
        Long owner = ((Number) data.single("select id from app_user where login = ?", TestUsers.NEW_RECRUITER)).longValue();
        List<String> names = List.of("Marchand", "Aubert", "Girard", "Zola", "Collin", "Petit", "Bonnet");
        Set<Long> ours = new HashSet<>();
        java.util.Map<Long, String> nameOf = new java.util.HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            long id = ((Number) data.single("select nextval('mobility_wish_seq')")).longValue() * 1000 + 500 + i;
            data.execute("insert into mobility_wish (id, candidate_id, kind, last_name, first_name, email, organisation_id, "
                    + "branch_code, scheme_code, current_job, current_level, target_jobs, pool_regions, available_from, "
                    + "visible_outside_general, diploma_rank, diploma_text, job_text, created_at, updated_at, pending, version) "
                    + "select ?, ?, 'STAFF', ?, 'Agent', 'page@example.org', organisation_id, branch_code, scheme_code, "
                    + "current_job, current_level, target_jobs, ',11,', available_from, false, diploma_rank, diploma_text, "
                    + "'technicien paginotron', created_at, updated_at, true, 0 from mobility_wish where id = ?",
                    id, owner, names.get(i), durandStaff);
            ours.add(id);
            nameOf.put(id, names.get(i));
        }
        try {
            assertEquals(BatchStatus.COMPLETED, run(new Properties()).getBatchStatus());
            for (Long id : ours) {
                assertEquals(List.of("GENERAL_SCHEME:11"), entries(id));
            }
            PoolCriteria criteria = new PoolCriteria();
            criteria.setJobKeywords("paginotron");

            // pages of 3: disjoint, and together the whole
            List<Long> union = new ArrayList<>();
            for (int first = 0; first < 9; first += 3) {
                int from = first;
                var page = TestUsers.as(TestUsers.CPAM_PARIS, () -> pools.search(criteria, PageRequest.of(from, 3)));
                List<Long> ids = page.items().stream().map(PoolRow::id).filter(ours::contains).toList();
                assertTrue(page.items().size() <= 3, "page size");
                assertTrue(page.total() >= ours.size(), "total counts every match");
                ids.forEach(id -> assertTrue(!union.contains(id), "wish " + id + " on two pages"));
                union.addAll(ids);
            }
            assertEquals(ours, new HashSet<>(union), "the pages together give every match");
            assertEquals(ours.size(), union.size());

            // sorted by last name, both ways
            List<String> ascending = TestUsers.as(TestUsers.CPAM_PARIS, () -> pools.search(criteria,
                    new PageRequest(0, 100, "lastName", true))).items().stream().map(PoolRow::id).filter(ours::contains)
                    .map(nameOf::get).toList();
            assertEquals(names.stream().sorted().toList(), ascending);
            List<String> descending = TestUsers.as(TestUsers.CPAM_PARIS, () -> pools.search(criteria,
                    new PageRequest(0, 100, "lastName", false))).items().stream().map(PoolRow::id).filter(ours::contains)
                    .map(nameOf::get).toList();
            assertEquals(names.stream().sorted(java.util.Comparator.reverseOrder()).toList(), descending);
            // a sorted page of 2 in the middle: the 3rd and 4th names
            List<String> middle = TestUsers.as(TestUsers.CPAM_PARIS, () -> pools.search(criteria,
                    new PageRequest(2, 2, "lastName", true))).items().stream().map(PoolRow::lastName).toList();
            assertEquals(ascending.subList(2, 4), middle, "a page of the sorted list (the keyword is ours alone)");
            // another pool does not see them
            assertEquals(List.of(), found(TestUsers.CAF_RHONE, criteria).stream().filter(ours::contains).toList());
        } finally {
            String batch = ours.stream().map(String::valueOf).collect(Collectors.joining(","));
            data.execute("delete from mobility_pool_entry where wish_id in (" + batch + ")");
            data.execute("delete from mobility_wish where id in (" + batch + ")");
        }
    }

    @Test
    @Order(11)
    void theWantedSchemeAndTrainingKeywordsFindTheIntendedWish() throws Exception {
        // both staff wishes are now in the pool of \u00cele-de-France (region 11)
        PoolCriteria scheme = new PoolCriteria();
        scheme.setWantedScheme("AGRICOLE");
        List<Long> agricultural = found(TestUsers.CPAM_PARIS, scheme);
        assertTrue(agricultural.contains(martinStaff), "Martin wants the agricultural scheme");
        assertTrue(!agricultural.contains(durandStaff), "Durand names no scheme");
        scheme.setWantedScheme("MINES");
        assertTrue(!found(TestUsers.CPAM_PARIS, scheme).contains(martinStaff), "a scheme Martin does not want");

        // trainings / certifications: each wish's CQP is named after its job, not in its diplomas
        PoolCriteria training = new PoolCriteria();
        training.setDiplomaKeywords("CQP conseil");
        List<Long> adviser = found(TestUsers.CPAM_PARIS, training);
        assertTrue(adviser.contains(martinStaff), "Martin's CQP gestionnaire conseil");
        assertTrue(!adviser.contains(durandStaff));
        training.setDiplomaKeywords("certificat contr\u00f4leur");
        List<Long> controller = found(TestUsers.CPAM_PARIS, training);
        assertTrue(controller.contains(durandStaff), "Durand's CQP contr\u00f4leur de gestion, accents ignored");
        assertTrue(!controller.contains(martinStaff));
        // and a diploma title still matches the diplomas
        training.setDiplomaKeywords("BTS");
        List<Long> bts = found(TestUsers.CPAM_PARIS, training);
        assertTrue(bts.contains(martinStaff) && !bts.contains(durandStaff));
    }
}
