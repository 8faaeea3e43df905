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
        return new PoolCriteria(areas, marker, jobs, studies, bands, themes, levels, trainings, classifications, null, null, null);
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
        assertEquals(List.of(), names(NUMSERV, new PoolCriteria(null, m, null, null, null, null, null, null, null,
                today.plusDays(1), null, null)));
        assertEquals(List.of("Alain", "Bruno", "Cyril"), names(NUMSERV, new PoolCriteria(null, m, null, null, null, null, null,
                null, null, today.minusDays(3), today, null)));
    }

    @Test
    void aCandidateInAPortfolioLeavesThatCompanysSearchesOnlyAndQuickActionsGiveTheSeedsResult() throws Exception {
        String m = "Zportef" + System.nanoTime() % 100000;
        TalentProfile denis = profile(m, "Denis", "MARNE", StudyLevel.BAC_5, ExperienceBand.FROM_6_TO_10, "CONSEIL_1",
                "METHODO_01", ProficiencyLevel.EXPERIENCED, Classification.EMPLOYABLE, null);
        profile(m, "Emile", "MARNE", StudyLevel.BAC_5, ExperienceBand.FROM_6_TO_10, "CONSEIL_1", "METHODO_01",
                ProficiencyLevel.EXPERIENCED, Classification.EMPLOYABLE, null);
        PoolCriteria criteria = PoolCriteria.none();
        criteria = new PoolCriteria(null, m, null, null, null, null, null, null, null, null, null, null);
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
    }
}
