package fr.bde.it;

import static fr.bde.it.ServerMail.mailsTo;
import static fr.bde.it.ServerMail.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import fr.bde.common.AccessDeniedException;
import fr.bde.common.PageRequest;
import fr.bde.followup.domain.QuickAction;
import fr.bde.followup.domain.RecruitmentContract;
import fr.bde.followup.domain.RecruitmentState;
import fr.bde.followup.domain.RejectionCause;
import fr.bde.followup.domain.SheetAction;
import fr.bde.followup.domain.SheetEdit;
import fr.bde.followup.domain.SheetRecruitment;
import fr.bde.followup.domain.SheetResult;
import fr.bde.followup.domain.SheetStatus;
import fr.bde.followup.service.FollowUpSheetService;
import fr.bde.followup.service.PortfolioCriteria;
import fr.bde.followup.service.PortfolioRow;
import fr.bde.followup.service.SarSettings;
import fr.bde.followup.service.SheetRejectedException;
import fr.bde.followup.service.SheetView;
import fr.bde.talentpool.domain.Civility;
import fr.bde.talentpool.domain.Classification;
import fr.bde.talentpool.domain.DocumentKind;
import fr.bde.talentpool.domain.ExperienceBand;
import fr.bde.talentpool.domain.Job;
import fr.bde.talentpool.domain.JobKind;
import fr.bde.talentpool.domain.PartnerContact;
import fr.bde.talentpool.domain.ProficiencyLevel;
import fr.bde.talentpool.domain.ProfileDocument;
import fr.bde.talentpool.domain.ProfileTraining;
import fr.bde.talentpool.domain.Situation;
import fr.bde.talentpool.domain.Skill;
import fr.bde.talentpool.domain.StudyLevel;
import fr.bde.talentpool.domain.TalentProfile;
import fr.bde.talentpool.domain.TrainingLink;
import fr.bde.talentpool.service.OverdueSheetsException;
import fr.bde.talentpool.service.PoolCriteria;
import fr.bde.talentpool.service.PoolRow;
import fr.bde.talentpool.service.PoolSearchService;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Recruitment support (SAR, seed 002) on the deployed EAR: the pool filters (strict, multi-value,
 * all criteria), candidates of a company's portfolio left out of that company's searches only,
 * the pool closed by overdue sheets (service, page and endpoint), the sheet's mandatory rules,
 * the "non réponse" mail to the partner's contact and the commission received by a real SMTP
 * server, and company scoping of sheets.
 */
@ExtendWith(ArquillianExtension.class)
class RecruitmentSupportIT {

    static final String DIVALTO = "recruteur.entreprise";
    static final String NUMSERV = "recruteur.entreprise2";
    static final String LATE = "recruteur.echeance";
    static GreenMail smtp;

    @Deployment
    static EnterpriseArchive deployment() {
        return ServerMail.earWith(RecruitmentSupportIT.class, WebClient.class);
    }

    @PersistenceContext(unitName = "bde")
    EntityManager em;
    @Inject
    UserTransaction tx;
    @Inject
    PoolSearchService pool;
    @Inject
    FollowUpSheetService sheets;
    @Inject
    Clock clock;

    @BeforeEach
    void startSmtp() {
        smtp = ServerMail.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    /** A classified profile named "<marker> <first>", in the pool. */
    TalentProfile profile(String marker, String first, String area, StudyLevel study, ExperienceBand band, String job,
                          String skill, ProficiencyLevel level, Classification classification, String training) throws Exception {
        tx.begin();
        PartnerContact contact = em.createQuery("select c from PartnerContact c where c.email like 'karim%'", PartnerContact.class)
                .getSingleResult();
        TalentProfile p = TalentProfile.submittedBy(contact, Civility.MR, marker, first, clock.instant());
        p.changeContactDetails(first.toLowerCase() + "@example.org", "0600000000", "1", "Rue Test", "10000", "Troyes", area);
        p.replaceJobs(JobKind.CURRENT, List.of(em.find(Job.class, job)));
        p.replaceSkills(Map.of(em.find(Skill.class, skill), level));
        if (training != null) {
            p.replaceTrainings(List.of(new ProfileTraining(training, TrainingLink.INTERESTED)));
        }
        p.describeExperience(band, null, null, null, null, null);
        p.describeQualification(study, null, null, null, null);
        p.classify(classification, clock.instant().minus(Duration.ofDays(2)));
        em.persist(p);
        tx.commit();
        return p;
    }

    List<String> names(String as, PoolCriteria criteria) throws Exception {
        return TestUsers.as(as, () -> pool.search(criteria, 0, 100).rows().stream().map(PoolRow::firstName).sorted().toList());
    }

    static PoolCriteria named(String marker, Set<String> areas, Set<String> jobs, Set<StudyLevel> studies,
                              Set<ExperienceBand> bands, Set<String> themes, Set<ProficiencyLevel> levels,
                              Set<String> trainings, Set<Classification> classifications) {
        return new PoolCriteria(areas, marker, jobs, studies, bands, themes, levels, trainings, null, classifications, null, null, null);
    }

    @Test
    void poolFiltersMatchStrictlyAcceptSeveralValuesAndCombineAllCriteria() throws Exception {
        String m = "Zfiltre" + System.nanoTime() % 100000;
        profile(m, "Alain", "ARDENNES", StudyLevel.BAC_2, ExperienceBand.FROM_3_TO_5, "DEV_1", "DEV_LANG_01",
                ProficiencyLevel.EXPERIENCED, Classification.EMPLOYABLE, null);
        profile(m, "Bruno", "ARDENNES", StudyLevel.BAC_3, ExperienceBand.FROM_3_TO_5, "DEV_2", "DEV_LANG_02",
                ProficiencyLevel.BEGINNER, Classification.ADAPTABLE, null);
        profile(m, "Cyril", "AUBE", StudyLevel.BAC_2, ExperienceBand.MORE_THAN_10, "PROD_1", "TECH_OS_01",
                ProficiencyLevel.OPERATIONAL, Classification.EMPLOYABLE, "FIS_DEV3");
        Set<String> none = Set.of();
        assertEquals(List.of("Alain", "Bruno", "Cyril"), names(NUMSERV, named(m, none, none, null, null, none, null, none, null)));
        // strict education level: Bac+2 is not "at least Bac+2"
        assertEquals(List.of("Alain", "Cyril"), names(NUMSERV, named(m, none, none, Set.of(StudyLevel.BAC_2), null, none, null, none, null)));
        // several ticked values: any of them
        assertEquals(List.of("Alain", "Bruno", "Cyril"), names(NUMSERV,
                named(m, none, none, Set.of(StudyLevel.BAC_2, StudyLevel.BAC_3), null, none, null, none, null)));
        assertEquals(List.of("Alain", "Bruno"), names(NUMSERV,
                named(m, none, none, null, Set.of(ExperienceBand.FROM_3_TO_5), none, null, none, null)));
        // all criteria together
        assertEquals(List.of("Alain"), names(NUMSERV,
                named(m, none, none, Set.of(StudyLevel.BAC_2), Set.of(ExperienceBand.FROM_3_TO_5), none, null, none, null)));
        // theme and level on the same skill
        assertEquals(List.of("Alain"), names(NUMSERV,
                named(m, none, none, null, null, Set.of("DEV_LANG"), Set.of(ProficiencyLevel.EXPERIENCED), none, null)));
        assertEquals(List.of(), names(NUMSERV,
                named(m, none, none, null, null, Set.of("DEV_LANG"), Set.of(ProficiencyLevel.OPERATIONAL), none, null)));
        assertEquals(List.of("Alain", "Cyril"), names(NUMSERV, named(m, none, Set.of("DEV_1", "PROD_1"), null, null, none, null, none, null)));
        assertEquals(List.of("Cyril"), names(NUMSERV, named(m, none, none, null, null, none, null, Set.of("FIS_DEV3"), null)));
        assertEquals(List.of("Bruno"), names(NUMSERV, named(m, none, none, null, null, none, null, none, Set.of(Classification.ADAPTABLE))));
        assertEquals(List.of("Cyril"), names(NUMSERV, named(m, Set.of("AUBE"), none, null, null, none, null, none, null)));
        LocalDate today = LocalDate.now(clock);
        assertEquals(List.of(), names(NUMSERV, new PoolCriteria(null, m, null, null, null, null, null, null, null, null,
                today.plusDays(1), null, null)));
        assertEquals(List.of("Alain", "Bruno", "Cyril"), names(NUMSERV, new PoolCriteria(null, m, null, null, null, null, null,
                null, null, null, today.minusDays(3), today, null)));

        // training envisaged or followed, with the seed's 4 link kinds: Cyril declared an interest in FIS_DEV3,
        // Bruno waits for its next session; Alain's situation changed today (the seed's "candidat devenu disponible")
        tx.begin();
        TalentProfile bruno = em.createQuery("select p from TalentProfile p where p.lastName = :m and p.firstName = 'Bruno'",
                TalentProfile.class).setParameter("m", m).getSingleResult();
        bruno.replaceTrainings(List.of(new ProfileTraining("FIS_DEV3", TrainingLink.WAITING_FOR_SESSION)));
        TalentProfile alain = em.createQuery("select p from TalentProfile p where p.lastName = :m and p.firstName = 'Alain'",
                TalentProfile.class).setParameter("m", m).getSingleResult();
        alain.changeSituation(Situation.JOB_SEEKING, today, null, today);
        tx.commit();
        assertEquals(List.of("Bruno", "Cyril"), names(NUMSERV, training(m, Set.of("FIS_DEV3"), Set.of())));
        assertEquals(List.of("Cyril"), names(NUMSERV, training(m, Set.of("FIS_DEV3"), Set.of(TrainingLink.INTERESTED))));
        assertEquals(List.of("Bruno"), names(NUMSERV, training(m, Set.of("FIS_DEV3"),
                Set.of(TrainingLink.WAITING_FOR_SESSION, TrainingLink.IN_TRAINING))));
        assertEquals(List.of(), names(NUMSERV, training(m, Set.of("FIS_DEV3"), Set.of(TrainingLink.SEEKING_JOB_AFTER))));
        assertEquals(List.of("Bruno"), names(NUMSERV, training(m, Set.of(), Set.of(TrainingLink.WAITING_FOR_SESSION))));
        assertEquals(List.of(), names(NUMSERV, training(m, Set.of("FIS_RES6"), Set.of())), "another action");
        assertEquals(List.of("Alain"), names(NUMSERV, new PoolCriteria(null, m, null, null, null, null, null, null, null, null,
                null, null, today.minusDays(1))));
        // classified before a date and situation changed since: found again once available
        assertEquals(List.of("Alain"), names(NUMSERV, new PoolCriteria(null, m, null, null, null, null, null, null, null, null,
                null, today.plusDays(1), today)));
        assertEquals(List.of(), names(NUMSERV, new PoolCriteria(null, m, null, null, null, null, null, null, null, null,
                null, today.minusDays(3), today)), "classified after the date");
    }

    static PoolCriteria training(String marker, Set<String> actions, Set<TrainingLink> links) {
        return new PoolCriteria(null, marker, null, null, null, null, null, actions, links, null, null, null, null);
    }

    @Test
    void aCandidateInAPortfolioLeavesThatCompanysSearchesOnlyAndQuickActionsGiveTheSeedsResult() throws Exception {
        String m = "Zportef" + System.nanoTime() % 100000;
        TalentProfile denis = profile(m, "Denis", "MARNE", StudyLevel.BAC_5, ExperienceBand.FROM_6_TO_10, "CONSEIL_1",
                "METHODO_01", ProficiencyLevel.EXPERIENCED, Classification.EMPLOYABLE, null);
        profile(m, "Emile", "MARNE", StudyLevel.BAC_5, ExperienceBand.FROM_6_TO_10, "CONSEIL_1", "METHODO_01",
                ProficiencyLevel.EXPERIENCED, Classification.EMPLOYABLE, null);
        PoolCriteria criteria = PoolCriteria.none();
        criteria = new PoolCriteria(null, m, null, null, null, null, null, null, null, null, null, null, null);
        Long sheetId = TestUsers.as(NUMSERV, () -> pool.putInPortfolio(denis.getId(), QuickAction.POTENTIAL_RECRUITMENT));
        assertEquals(List.of("Emile"), names(NUMSERV, criteria));
        assertEquals(List.of("Denis", "Emile"), names(DIVALTO, criteria), "another company still sees the candidate");
        SheetView sheet = TestUsers.as(NUMSERV, () -> sheets.sheet(sheetId));
        assertEquals(SheetResult.KEPT_IN_POOL_FOR_RECRUITMENT, sheet.result());
        assertEquals(SheetStatus.IN_POOL, sheet.status());
        assertEquals(LocalDate.now(clock).plusDays(200), sheet.dueDate());
        assertThrows(Exception.class, () -> TestUsers.as(NUMSERV, () -> pool.putInPortfolio(denis.getId(), QuickAction.STUDY_LATER)));
    }

    @Test
    void overdueSheetsCloseThePoolThroughServiceScreenAndEndpoint() throws Exception {
        assertTrue(TestUsers.as(LATE, () -> pool.overdueCount()) >= 1);
        assertThrows(OverdueSheetsException.class, () -> TestUsers.as(LATE, () -> pool.search(PoolCriteria.none(), 0, 20)));
        WebClient late = WebClient.local().login(LATE);
        HttpResponse<String> api = late.get("/api/v1/pool/profiles?studyLevel=BAC_5");
        assertEquals(400, api.statusCode());
        assertTrue(api.body().contains("arriv\u00e9e") || api.body().contains("\\u00e9ch\u00e9ance") || api.body().contains("ance"),
                api.body());
        HttpResponse<String> page = late.get("/entreprise/vivier.xhtml");
        assertEquals(302, page.statusCode());
        assertTrue(page.headers().firstValue("Location").orElse("").contains("/entreprise/portefeuille.xhtml?vue=depassees"));
        // the overdue list is what the blocked recruiter sees
        List<PortfolioRow> overdue = TestUsers.as(LATE, () -> sheets.portfolio(PortfolioCriteria.myOverdue(),
                PageRequest.of(0, 20)).items());
        assertFalse(overdue.isEmpty());
        assertTrue(overdue.stream().allMatch(PortfolioRow::overdue));
        // nor can a pool profile be opened by URL (synthesis, skills, documents): the overdue list instead
        String m = "Zretard" + System.nanoTime() % 100000;
        TalentProfile outside = profile(m, "Hugo", "MARNE", StudyLevel.BAC_5, ExperienceBand.FROM_6_TO_10, "CONSEIL_1",
                "METHODO_01", ProficiencyLevel.EXPERIENCED, Classification.EMPLOYABLE, null);
        tx.begin();
        ProfileDocument cv = new ProfileDocument(em.find(TalentProfile.class, outside.getId()), DocumentKind.CV, "cv.pdf",
                "application/pdf", "%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.US_ASCII), clock.instant());
        em.persist(cv);
        tx.commit();
        assertThrows(OverdueSheetsException.class, () -> TestUsers.as(LATE, () -> pool.profile(outside.getId())));
        assertThrows(OverdueSheetsException.class, () -> TestUsers.as(LATE, () -> pool.skills(outside.getId())));
        assertThrows(OverdueSheetsException.class, () -> TestUsers.as(LATE, () -> pool.document(cv.getId())));
        HttpResponse<String> profilePage = late.get("/entreprise/candidat.xhtml?id=" + outside.getId());
        assertEquals(302, profilePage.statusCode(), profilePage.body());
        assertTrue(profilePage.headers().firstValue("Location").orElse("")
                .contains("/entreprise/portefeuille.xhtml?vue=depassees&bloque=true"));
        HttpResponse<String> download = late.get("/entreprise/document?id=" + cv.getId());
        assertEquals(302, download.statusCode(), download.body());
        assertTrue(download.headers().firstValue("Location").orElse("")
                .contains("/entreprise/portefeuille.xhtml?vue=depassees&bloque=true"));
        HttpResponse<String> warned = late.get("/entreprise/portefeuille.xhtml?vue=depassees&bloque=true");
        assertEquals(200, warned.statusCode());
        assertTrue(warned.body().contains("fiches arriv"), "the seed's warning");
        // the seed's overdue view: Actions column, no current jobs column, filtered on area, actions, status, result
        assertTrue(warned.body().contains("sheet-action"), "the actions done of each overdue sheet");
        assertFalse(warned.body().contains("portfolioForm:jobs"));
        assertTrue(warned.body().contains("portfolioForm:statuses") && warned.body().contains("portfolioForm:actions"));
        // the profiles of the overdue sheets stay readable: the list links to them
        Long own = overdue.get(0).profileId();
        assertEquals(own, TestUsers.as(LATE, () -> pool.profile(own)).id());
        HttpResponse<String> ownPage = late.get("/entreprise/candidat.xhtml?id=" + own);
        assertEquals(200, ownPage.statusCode());
        assertTrue(ownPage.body().contains("openSheet"), "the fiche Profil of a portfolio candidate, with its sheet");
        // the same pool profile is open to a recruiter without overdue sheets
        assertEquals(outside.getId(), TestUsers.as(NUMSERV, () -> pool.profile(outside.getId())).id());
        // a recruiter without overdue sheets gets results from the endpoint
        HttpResponse<String> allowed = WebClient.local().login(NUMSERV).get("/api/v1/pool/profiles?size=5");
        assertEquals(200, allowed.statusCode(), allowed.body());
        assertTrue(allowed.body().contains("\"items\""));
    }

    /** The first names of the marker's candidates among the caller's portfolio rows, in the list's order. */
    List<String> sheetsOf(String as, String marker, PortfolioCriteria criteria, String sort, boolean ascending) throws Exception {
        return TestUsers.as(as, () -> sheets.portfolio(criteria, new PageRequest(0, PageRequest.MAX_SIZE, sort, ascending))
                .items().stream().filter(r -> r.lastName().equals(marker)).map(PortfolioRow::firstName).toList());
    }

    List<String> sheetsOf(String as, String marker, PortfolioCriteria criteria) throws Exception {
        return sheetsOf(as, marker, criteria, null, false).stream().sorted().toList();
    }

    static PortfolioCriteria sheetFilter(Set<String> areas, Long profileId, Set<Long> recruiters, Set<String> jobs,
                                         Set<Classification> classifications, Set<SheetStatus> statuses,
                                         Set<SheetResult> results, Set<SheetAction> actions, Boolean noResponse,
                                         Set<String> themes, Set<ProficiencyLevel> levels, LocalDate createdFrom,
                                         LocalDate dueBefore) {
        return new PortfolioCriteria(areas, profileId, recruiters, jobs, classifications, statuses, results, actions,
                noResponse, themes, levels, createdFrom, dueBefore, false, false);
    }

    @Test
    void portfolioFiltersEachCriterionSeveralStatusesMyViewAndBothSorts() throws Exception {
        String m = "Zportfolio" + System.nanoTime() % 100000;
        TalentProfile anna = profile(m, "Anna", "ARDENNES", StudyLevel.BAC_2, ExperienceBand.FROM_3_TO_5, "DEV_1",
                "DEV_LANG_01", ProficiencyLevel.EXPERIENCED, Classification.EMPLOYABLE, null);
        TalentProfile boris = profile(m, "Boris", "AUBE", StudyLevel.BAC_3, ExperienceBand.FROM_1_TO_2, "PROD_1",
                "TECH_OS_01", ProficiencyLevel.BEGINNER, Classification.ADAPTABLE, null);
        TalentProfile carla = profile(m, "Carla", "AUBE", StudyLevel.BAC_5, ExperienceBand.MORE_THAN_10, "DEV_2",
                "DEV_LANG_02", ProficiencyLevel.OPERATIONAL, Classification.EMPLOYABLE, null);
        // created in this order: Anna in pool (due +200), Boris studied (+30), Carla for training (+200)
        TestUsers.as(DIVALTO, () -> pool.putInPortfolio(anna.getId(), QuickAction.POTENTIAL_RECRUITMENT));
        Thread.sleep(20);
        Long borisSheet = TestUsers.as(DIVALTO, () -> pool.putInPortfolio(boris.getId(), QuickAction.STUDY_LATER));
        Thread.sleep(20);
        TestUsers.as(DIVALTO, () -> pool.putInPortfolio(carla.getId(), QuickAction.PRE_RECRUITMENT_TRAINING));
        SheetView b = TestUsers.as(DIVALTO, () -> sheets.sheet(borisSheet));
        TestUsers.as(DIVALTO, () -> sheets.update(borisSheet, b.version(), new SheetEdit(
                EnumSet.of(SheetAction.PROFILE_STUDY, SheetAction.HR_INTERVIEW), SheetResult.STUDY_IN_PROGRESS, true, null,
                null, null)));
        Set<String> n = Set.of();
        LocalDate today = LocalDate.now(clock);
        List<String> all = List.of("Anna", "Boris", "Carla");
        assertEquals(all, sheetsOf(DIVALTO, m, PortfolioCriteria.all()));
        // every recruiter of the company sees the whole portfolio, another company nothing of it
        assertEquals(all, sheetsOf(LATE, m, PortfolioCriteria.all()));
        assertEquals(List.of(), sheetsOf(NUMSERV, m, PortfolioCriteria.all()));
        // the 13 filters, one at a time
        assertEquals(List.of("Boris", "Carla"), sheetsOf(DIVALTO, m, sheetFilter(Set.of("AUBE"), null, null, n, null, null, null,
                null, null, n, null, null, null)), "area");
        assertEquals(List.of("Boris"), sheetsOf(DIVALTO, m, sheetFilter(n, boris.getId(), null, n, null, null, null, null, null,
                n, null, null, null)), "candidate chosen by type-ahead");
        List<FollowUpSheetService.CandidateName> typed = TestUsers.as(LATE, () -> sheets.candidateNames(m.substring(0, 8)));
        assertTrue(typed.stream().anyMatch(c -> c.profileId().equals(boris.getId())), "type-ahead finds the company's candidate");
        assertTrue(TestUsers.as(NUMSERV, () -> sheets.candidateNames(m.substring(0, 8))).isEmpty(), "not another company's");
        Long divaltoId = userId(DIVALTO);
        Long lateId = userId(LATE);
        assertEquals(all, sheetsOf(LATE, m, sheetFilter(n, null, Set.of(divaltoId), n, null, null, null, null, null, n, null,
                null, null)), "recruiter");
        assertEquals(List.of(), sheetsOf(DIVALTO, m, sheetFilter(n, null, Set.of(lateId), n, null, null, null, null, null, n,
                null, null, null)), "another recruiter's sheets");
        assertEquals(List.of("Anna", "Carla"), sheetsOf(DIVALTO, m, sheetFilter(n, null, null, Set.of("DEV_1", "DEV_2"), null, null,
                null, null, null, n, null, null, null)), "current jobs, two ticked");
        assertEquals(List.of("Boris"), sheetsOf(DIVALTO, m, sheetFilter(n, null, null, n, Set.of(Classification.ADAPTABLE), null,
                null, null, null, n, null, null, null)), "classification");
        assertEquals(List.of("Anna", "Carla"), sheetsOf(DIVALTO, m, sheetFilter(n, null, null, n, null,
                Set.of(SheetStatus.IN_POOL), null, null, null, n, null, null, null)), "status");
        assertEquals(all, sheetsOf(DIVALTO, m, sheetFilter(n, null, null, n, null,
                Set.of(SheetStatus.IN_POOL, SheetStatus.STUDY_IN_PROGRESS), null, null, null, n, null, null, null)),
                "several statuses ticked");
        assertEquals(List.of("Carla"), sheetsOf(DIVALTO, m, sheetFilter(n, null, null, n, null, null,
                Set.of(SheetResult.KEPT_IN_POOL_FOR_PRE_RECRUITMENT_TRAINING), null, null, n, null, null, null)), "result");
        assertEquals(List.of("Boris"), sheetsOf(DIVALTO, m, sheetFilter(n, null, null, n, null, null, null,
                Set.of(SheetAction.HR_INTERVIEW), null, n, null, null, null)), "actions done");
        assertEquals(List.of("Boris"), sheetsOf(DIVALTO, m, sheetFilter(n, null, null, n, null, null, null, null, true, n, null,
                null, null)), "no response");
        assertEquals(List.of("Anna", "Carla"), sheetsOf(DIVALTO, m, sheetFilter(n, null, null, n, null, null, null, null, false, n,
                null, null, null)), "answered");
        assertEquals(List.of("Anna", "Carla"), sheetsOf(DIVALTO, m, sheetFilter(n, null, null, n, null, null, null, null, null,
                Set.of("DEV_LANG"), null, null, null)), "skill theme");
        assertEquals(List.of("Carla"), sheetsOf(DIVALTO, m, sheetFilter(n, null, null, n, null, null, null, null, null,
                Set.of("DEV_LANG"), Set.of(ProficiencyLevel.OPERATIONAL), null, null)), "theme and proficiency");
        assertEquals(all, sheetsOf(DIVALTO, m, sheetFilter(n, null, null, n, null, null, null, null, null, n, null, today, null)),
                "created on or after today");
        assertEquals(List.of(), sheetsOf(DIVALTO, m, sheetFilter(n, null, null, n, null, null, null, null, null, n, null,
                today.plusDays(1), null)), "created from tomorrow");
        assertEquals(List.of("Boris"), sheetsOf(DIVALTO, m, sheetFilter(n, null, null, n, null, null, null, null, null, n, null,
                null, today.plusDays(31))), "due before");
        // all criteria together
        assertEquals(List.of("Carla"), sheetsOf(DIVALTO, m, sheetFilter(Set.of("AUBE"), null, Set.of(divaltoId), Set.of("DEV_2"),
                Set.of(Classification.EMPLOYABLE), Set.of(SheetStatus.IN_POOL), null, Set.of(SheetAction.PROFILE_STUDY), false,
                Set.of("DEV_LANG"), null, today, today.plusDays(201))));
        // "Mes fiches de suivi de recrutement": the caller's sheets only
        PortfolioCriteria mine = new PortfolioCriteria(null, null, null, null, null, null, null, null, null, null, null,
                null, null, true, false);
        assertEquals(all, sheetsOf(DIVALTO, m, mine));
        assertEquals(List.of(), sheetsOf(LATE, m, mine));
        // sorted on Cree le and Echeance, both ways
        assertEquals(List.of("Carla", "Boris", "Anna"), sheetsOf(DIVALTO, m, PortfolioCriteria.all(), "createdAt", false));
        assertEquals(List.of("Anna", "Boris", "Carla"), sheetsOf(DIVALTO, m, PortfolioCriteria.all(), "createdAt", true));
        assertEquals("Boris", sheetsOf(DIVALTO, m, PortfolioCriteria.all(), "dueDate", true).get(0));
        assertEquals("Boris", sheetsOf(DIVALTO, m, PortfolioCriteria.all(), "dueDate", false).get(2));
    }

    Long userId(String login) {
        return em.createQuery("select u.id from AppUser u where u.login = :login", Long.class).setParameter("login", login)
                .getSingleResult();
    }

    @Test
    void sheetRulesRecruitmentSectionAndRejectionCauses() throws Exception {
        String m = "Zregle" + System.nanoTime() % 100000;
        TalentProfile p = profile(m, "Fabien", "VOSGES", StudyLevel.BAC, ExperienceBand.LESS_THAN_1, "SUPPORT_1",
                "SUP_TERM_01", ProficiencyLevel.BEGINNER, Classification.ADAPTABLE, null);
        Long id = TestUsers.as(NUMSERV, () -> pool.putInPortfolio(p.getId(), QuickAction.STUDY_LATER));
        SheetView created = TestUsers.as(NUMSERV, () -> sheets.sheet(id));
        assertEquals(SheetStatus.STUDY_IN_PROGRESS, created.status());
        Set<SheetAction> actions = EnumSet.of(SheetAction.PROFILE_STUDY, SheetAction.HR_INTERVIEW);
        SheetRejectedException noSection = assertThrows(SheetRejectedException.class, () -> TestUsers.as(NUMSERV,
                () -> sheets.update(id, created.version(), new SheetEdit(actions, SheetResult.RECRUITMENT, false, null, null, null))));
        assertEquals("sar.sheet.error.recruitmentRequired", noSection.getViolations().get(0).messageKey());
        SheetRejectedException noCause = assertThrows(SheetRejectedException.class, () -> TestUsers.as(NUMSERV,
                () -> sheets.update(id, created.version(), new SheetEdit(actions, SheetResult.NOT_EMPLOYABLE_AFTER_INTERVIEW,
                        false, null, Set.of(), null))));
        assertEquals("rejectionCauses", noCause.getViolations().get(0).field());
        LocalDate today = LocalDate.now(clock);
        SheetView recruited = TestUsers.as(NUMSERV, () -> sheets.update(id, created.version(), new SheetEdit(actions,
                SheetResult.RECRUITMENT, false, "Bon profil", null, new SheetRecruitment(today, RecruitmentContract.CDI, null,
                RecruitmentState.TRIAL_OR_APPRENTICESHIP))));
        assertEquals(SheetStatus.RECRUITED_ON_TRIAL, recruited.status());
        assertEquals(today.plusDays(250), recruited.dueDate());
        SheetView confirmed = TestUsers.as(NUMSERV, () -> sheets.update(id, recruited.version(), new SheetEdit(actions,
                SheetResult.RECRUITMENT, false, "Bon profil", null, new SheetRecruitment(today, RecruitmentContract.CDI, null,
                RecruitmentState.CONFIRMED))));
        assertEquals(SheetStatus.RECRUITED, confirmed.status());
        assertEquals(null, confirmed.dueDate());
        SheetView notEmployable = TestUsers.as(NUMSERV, () -> sheets.update(id, confirmed.version(), new SheetEdit(actions,
                SheetResult.NOT_EMPLOYABLE_AFTER_INTERVIEW, false, null, Set.of(RejectionCause.LACK_OF_MOTIVATION), null)));
        assertEquals(SheetStatus.NOT_EMPLOYABLE, notEmployable.status());
        assertEquals(Set.of(RejectionCause.LACK_OF_MOTIVATION), notEmployable.rejectionCauses());
    }

    @Test
    void noResponseMailsThePartnersContactAndTheCommissionAndMustBeUntickedBeforeMovingOn() throws Exception {
        String m = "Zsilence" + System.nanoTime() % 100000;
        TalentProfile p = profile(m, "Gilles", "MOSELLE", StudyLevel.BAC_3, ExperienceBand.FROM_1_TO_2, "DEV_3",
                "DEV_TEST_01", ProficiencyLevel.OPERATIONAL, Classification.EMPLOYABLE, null);
        Long id = TestUsers.as(NUMSERV, () -> pool.putInPortfolio(p.getId(), QuickAction.STUDY_LATER));
        SheetView sheet = TestUsers.as(NUMSERV, () -> sheets.sheet(id));
        Set<SheetAction> actions = EnumSet.of(SheetAction.PROFILE_STUDY, SheetAction.CONTACT_MADE);
        SheetView silent = TestUsers.as(NUMSERV, () -> sheets.update(id, sheet.version(),
                new SheetEdit(actions, SheetResult.STUDY_IN_PROGRESS, true, null, null, null)));
        assertTrue(silent.noResponse());
        List<MimeMessage> partner = mailsTo(smtp, "karim.benali@partenaire.example.fr", m.toUpperCase(), 1);
        assertEquals(1, partner.size());
        assertTrue(text(partner.get(0)).contains("Numeric Services Est"));
        assertEquals(1, mailsTo(smtp, SarSettings.commissionEmail(), m.toUpperCase(), 1).size());
        // while ticked, the result cannot move on (except abandoning the file)
        SheetRejectedException untick = assertThrows(SheetRejectedException.class, () -> TestUsers.as(NUMSERV,
                () -> sheets.update(id, silent.version(), new SheetEdit(actions, SheetResult.KEPT_IN_POOL_FOR_RECRUITMENT,
                        true, null, null, null))));
        assertEquals("sar.sheet.error.untickNoResponse", untick.getViolations().get(0).messageKey());
        SheetView abandoned = TestUsers.as(NUMSERV, () -> sheets.abandon(id, silent.version()));
        assertEquals(SheetStatus.NOT_RETAINED, abandoned.status());
        assertTrue(abandoned.closed());
        // saving again with the box still ticked sends nothing more
        Thread.sleep(500);
        assertEquals(1, mailsTo(smtp, "karim.benali@partenaire.example.fr", m.toUpperCase(), 2, 1500).size());
    }

    @Test
    void aCompanyNeverSeesAnotherCompanysSheets() throws Exception {
        List<PortfolioRow> divalto = TestUsers.as(DIVALTO, () -> sheets.portfolio(PortfolioCriteria.all(),
                PageRequest.of(0, 100)).items());
        assertFalse(divalto.isEmpty());
        // every recruiter of the company sees the whole portfolio, including a colleague's sheets
        assertTrue(divalto.stream().anyMatch(r -> r.recruiter().equals("Camille Ferrenbach")));
        Long divaltoSheet = divalto.get(0).sheetId();
        assertThrows(AccessDeniedException.class, () -> TestUsers.as(NUMSERV, () -> sheets.sheet(divaltoSheet)));
        List<PortfolioRow> numserv = TestUsers.as(NUMSERV, () -> sheets.portfolio(PortfolioCriteria.all(),
                PageRequest.of(0, 100)).items());
        assertTrue(numserv.stream().noneMatch(r -> r.sheetId().equals(divaltoSheet)));
        assertThrows(Exception.class, () -> TestUsers.as(TestUsers.CPAM_PARIS, () -> sheets.portfolio(PortfolioCriteria.all(),
                PageRequest.of(0, 10))), "not a company recruiter");
    }

    @Test
    void referentialsAndDemoPoolAreLoaded() {
        assertEquals(28L, em.createQuery("select count(t) from SkillTheme t").getSingleResult());
        assertTrue((Long) em.createQuery("select count(s) from Skill s").getSingleResult() >= 300);
        assertTrue(em.createQuery("select count(p) from TalentProfile p where p.inPool = true", Long.class)
                .getSingleResult() >= 40);
        assertEquals("Informatique technique (industrielle, embarqu\u00e9e)", em.createQuery(
                "select t.label from SkillTheme t where t.code = 'INFO_TECH'", String.class).getSingleResult());
    }

    @Test
    void theAdcCatalogueIsShownUnderInformationsToCompaniesCommissionAndPartners() throws Exception {
        for (String login : List.of(DIVALTO, "commission.sar", "partenaire.emploi")) {
            HttpResponse<String> page = WebClient.local().login(login).get("/sar/catalogue.xhtml");
            assertEquals(200, page.statusCode(), login);
            assertTrue(page.body().contains("Formation Intensive Sp\u00e9cialis\u00e9e - D\u00e9veloppeur Java (3 mois)"), login);
            assertTrue(page.body().contains("action-GEN_ING24") && page.body().contains("24 mois"), login);
            assertTrue(page.body().contains("menuAdcCatalogue"), "listed in the menu for " + login);
        }
        assertEquals(403, WebClient.local().login(TestUsers.CPAM_PARIS).get("/sar/catalogue.xhtml").statusCode());
    }
}
