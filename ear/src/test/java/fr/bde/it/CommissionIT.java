package fr.bde.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bde.commission.service.CandidateOpinions;
import fr.bde.commission.service.CommissionService;
import fr.bde.commission.service.ConsolidatedResultsService;
import fr.bde.commission.service.ContactForm;
import fr.bde.commission.service.DownloadedDocument;
import fr.bde.commission.service.FormRejectedException;
import fr.bde.commission.service.PartnerService;
import fr.bde.commission.service.ProfileDocumentService;
import fr.bde.commission.service.RecruitedCount;
import fr.bde.commission.service.SubmissionFilter;
import fr.bde.commission.service.SubmissionForm;
import fr.bde.commission.service.SubmissionRow;
import fr.bde.common.AccessDeniedException;
import fr.bde.common.BusinessException;
import fr.bde.common.NotFoundException;
import fr.bde.common.PageRequest;
import fr.bde.jobapplication.domain.UploadedDocument;
import fr.bde.talentpool.domain.AssessmentAxis;
import fr.bde.talentpool.domain.Civility;
import fr.bde.talentpool.domain.Classification;
import fr.bde.talentpool.domain.DocumentKind;
import fr.bde.talentpool.domain.JobKind;
import fr.bde.talentpool.domain.PartnerContact;
import fr.bde.talentpool.domain.ProfileJob;
import fr.bde.talentpool.domain.Situation;
import fr.bde.talentpool.domain.SubmissionStatus;
import fr.bde.talentpool.domain.ExperienceBand;
import fr.bde.talentpool.domain.StudyLevel;
import fr.bde.talentpool.domain.TalentProfile;
import fr.bde.talentpool.service.PoolCriteria;
import fr.bde.talentpool.service.PoolRow;
import fr.bde.talentpool.service.PoolSearchService;
import fr.bde.trainingneed.domain.TrainingNeedStatus;
import fr.bde.trainingneed.service.TraineeFileService;
import fr.bde.trainingneed.service.TrainingNeedForm;
import fr.bde.trainingneed.service.TrainingNeedRow;
import fr.bde.trainingneed.service.TrainingNeedService;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The commission side of SAR on the deployed EAR: recording a submitted job seeker, interview, grid
 * and classification publishing the profile in the pool; partners see only their own submissions;
 * company training needs and trainee files scoped to their company and handled by the commission;
 * consolidated opinions and the recruited count; document downloads scoped by role.
 */
@ExtendWith(ArquillianExtension.class)
class CommissionIT {

    static final String COMMISSION = "commission.sar";
    static final String PARTNER = "partenaire.emploi";
    static final String OTHER_PARTNER = "partenaire.mlstrasbourg";
    static final String COMPANY = "recruteur.entreprise";
    static final String OTHER_COMPANY = "recruteur.entreprise2";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWith(CommissionIT.class, TestData.class);
    }

    @Inject
    CommissionService commission;
    @Inject
    PartnerService partners;
    @Inject
    ProfileDocumentService documents;
    @Inject
    TrainingNeedService needs;
    @Inject
    TraineeFileService trainees;
    @Inject
    ConsolidatedResultsService results;
    @Inject
    PoolSearchService pool;
    @Inject
    TestData data;
    @Inject
    Clock clock;

    LocalDate today() {
        return LocalDate.now(clock.withZone(fr.bde.common.ClockProducer.PARIS));
    }

    Long contactOf(String partnerCode) throws Exception {
        return TestUsers.as(COMMISSION, () -> commission.contacts().stream()
                .filter(c -> c.getPartner().getCode().equals(partnerCode)).findFirst().map(PartnerContact::getId).orElseThrow());
    }

    static String key(Exception e) {
        return ((BusinessException) e).getMessageKey();
    }

    Long recordedAndClassified(String lastName) throws Exception {
        Long contact = contactOf("PE-STRASBOURG");
        return TestUsers.as(COMMISSION, () -> {
            Long id = commission.record(new SubmissionForm(contact, Civility.MRS, lastName, "Anaïs", "a@example.org", null));
            commission.recordInterview(id, today(), "Entretien");
            Map<AssessmentAxis, Integer> grid = new EnumMap<>(AssessmentAxis.class);
            for (AssessmentAxis axis : AssessmentAxis.values()) {
                grid.put(axis, 4);
            }
            commission.assess(id, grid, null);
            commission.classify(id, Classification.ADAPTABLE, today());
            return id;
        });
    }

    @Test
    void theCommissionRecordsInterviewsAssessesAndClassifiesWhichPublishesTheProfile() throws Exception {
        Long contact = contactOf("PE-STRASBOURG");
        LocalDate today = today();
        Long id = TestUsers.as(COMMISSION, () -> {
            FormRejectedException refused = assertThrows(FormRejectedException.class, () -> commission.record(
                    new SubmissionForm(null, null, " ", "Julien", "pas-une-adresse", null)));
            assertEquals(List.of("contact", "civility", "lastName", "email"),
                    refused.getProblems().stream().map(BusinessException::getField).toList());
            return commission.record(new SubmissionForm(contact, Civility.MR, "Delacroix", "Julien", "j.delacroix@example.org",
                    "0601020304"));
        });
        TestUsers.as(COMMISSION, () -> {
            assertEquals(SubmissionStatus.SUBMITTED, commission.detail(id).profile().getSubmissionStatus());
            assertEquals("commission.classification.noInterview", key(assertThrows(BusinessException.class,
                    () -> commission.classify(id, Classification.EMPLOYABLE, today))));
            commission.recordInterview(id, today.minusDays(2), "Motivé, bonne culture technique.");
            assertEquals(SubmissionStatus.INTERVIEWED, commission.detail(id).profile().getSubmissionStatus());
            assertEquals("commission.classification.gridIncomplete", key(assertThrows(BusinessException.class,
                    () -> commission.classify(id, Classification.EMPLOYABLE, today))));

            // section 1, jobs (the recent-jobs rule), situation (end date of a temporary one)
            commission.updateContact(id, new ContactForm(Civility.MR, "Delacroix", "Julien", "j.delacroix@example.org",
                    "0601020304", "13", "Rue Isabelle Eberhardt", "67200", "Strasbourg", "BAS_RHIN"));
            assertEquals("commission.job.notRecent", key(assertThrows(BusinessException.class,
                    () -> commission.addExercisedJob(id, "PROD_1", today.minusYears(5), null, null))));
            commission.addExercisedJob(id, "PROD_1", today.minusYears(5), "Titre pro TSSR", today.minusMonths(3));
            commission.addExercisedJob(id, "WEB_1", null, null, null);
            assertEquals("commission.situation.endsOn.required", key(assertThrows(BusinessException.class,
                    () -> commission.changeSituation(id, Situation.FIXED_TERM_JOB, today.minusDays(10), null))));
            commission.changeSituation(id, Situation.FIXED_TERM_JOB, today.minusDays(10), today.plusMonths(2));

            // the grid: 5 axes x 6 levels, then the details
            Map<AssessmentAxis, Integer> grid = new EnumMap<>(AssessmentAxis.class);
            grid.put(AssessmentAxis.SKILLS, 7);
            assertEquals("commission.grid.level.invalid", key(assertThrows(BusinessException.class,
                    () -> commission.assess(id, grid, null))));
            int level = 1;
            for (AssessmentAxis axis : AssessmentAxis.values()) {
                grid.put(axis, level++ + 1);
            }
            commission.assess(id, grid, "Profil employable.");
            commission.replaceCurrentJobs(id, List.of("PROD_1", "WEB_1"));
            commission.replaceSkills(id, Map.of("DEV_LANG_01", fr.bde.talentpool.domain.ProficiencyLevel.OPERATIONAL));
            commission.describeProject(id, Set.of(fr.bde.talentpool.domain.CompanyType.ESN),
                    Set.of(fr.bde.talentpool.domain.ContractSought.CDI), 100, List.of("PROD_1"),
                    fr.bde.talentpool.domain.SalaryBand.FROM_25_TO_30, null, null);
            // volets 2 to 4: behaviour and mobility, experience, qualification (each with its field rules)
            Map<fr.bde.talentpool.domain.MobilityZone, fr.bde.talentpool.domain.MobilityFrequency> mobility = Map.of(
                    fr.bde.talentpool.domain.MobilityZone.DEPARTEMENT, fr.bde.talentpool.domain.MobilityFrequency.REGULARLY,
                    fr.bde.talentpool.domain.MobilityZone.ILE_DE_FRANCE, fr.bde.talentpool.domain.MobilityFrequency.SHORT_MISSION);
            Set<fr.bde.talentpool.domain.BehaviourTrait> traits = Set.of(fr.bde.talentpool.domain.BehaviourTrait.STRUCTURED,
                    fr.bde.talentpool.domain.BehaviourTrait.MOTIVATED);
            assertEquals("commission.relocation.zones.required", key(assertThrows(BusinessException.class,
                    () -> commission.describeBehaviourAndMobility(id, traits, mobility, true, " "))));
            commission.describeBehaviourAndMobility(id, traits, mobility, true, "Grand Est, Lorraine");
            assertEquals("commission.job.endedOn.future", key(assertThrows(BusinessException.class,
                    () -> commission.describeExperience(id, ExperienceBand.FROM_3_TO_5, ExperienceBand.LESS_THAN_1,
                            ExperienceBand.LESS_THAN_1, "Formation", today.plusDays(1), 6))));
            assertEquals("commission.internship.invalid", key(assertThrows(BusinessException.class,
                    () -> commission.describeExperience(id, ExperienceBand.FROM_3_TO_5, null, null, null, null, 121))));
            commission.describeExperience(id, ExperienceBand.FROM_3_TO_5, ExperienceBand.LESS_THAN_1, ExperienceBand.LESS_THAN_1,
                    "Titre professionnel TSSR", today.minusMonths(4), 6);
            assertThrows(FormRejectedException.class, () -> commission.describeQualification(id, StudyLevel.BAC_2, null,
                    "x".repeat(201), null, null));
            commission.describeQualification(id, StudyLevel.BAC_2, StudyLevel.BAC_3, "BTS SIO", "Bac pro", "ITIL Foundation");
            TalentProfile described = commission.detail(id).profile();
            assertEquals(traits, described.getTraits());
            assertEquals(mobility, described.getMobility());
            assertTrue(described.isRelocationAccepted());
            assertEquals("Grand Est, Lorraine", described.getRelocationZones());
            assertEquals(ExperienceBand.FROM_3_TO_5, described.getDigitalExperience());
            assertEquals(ExperienceBand.LESS_THAN_1, described.getOtherExperience());
            assertEquals(ExperienceBand.LESS_THAN_1, described.getTimeWithoutJob());
            assertEquals("Titre professionnel TSSR", described.getOccupationWithoutJob());
            assertEquals(6, described.getInternshipMonths());
            assertEquals(StudyLevel.BAC_2, described.getStudyLevel());
            assertEquals(StudyLevel.BAC_3, described.getStudyLevelNotValidated());
            assertEquals("BTS SIO", described.getDigitalDiploma());
            assertEquals("ITIL Foundation", described.getCertifications());
            // relocation refused: the zones are dropped
            commission.describeBehaviourAndMobility(id, traits, mobility, false, "Grand Est");
            assertEquals(null, commission.detail(id).profile().getRelocationZones());

            assertEquals("commission.classification.date.future", key(assertThrows(BusinessException.class,
                    () -> commission.classify(id, Classification.EMPLOYABLE, today.plusDays(1)))));
            commission.classify(id, Classification.EMPLOYABLE, today);

            TalentProfile profile = commission.detail(id).profile();
            assertEquals(SubmissionStatus.CLASSIFIED, profile.getSubmissionStatus());
            assertEquals(Classification.EMPLOYABLE, profile.getClassification());
            assertTrue(profile.isInPool());
            assertEquals(5, profile.getAssessment().size());
            assertEquals(Set.of(new ProfileJob(JobKind.EXERCISED, "PROD_1"), new ProfileJob(JobKind.EXERCISED, "WEB_1"),
                    new ProfileJob(JobKind.CURRENT, "PROD_1"), new ProfileJob(JobKind.CURRENT, "WEB_1"),
                    new ProfileJob(JobKind.TARGET, "PROD_1")), profile.getJobs());
            assertEquals(today.plusMonths(2), profile.getSituationEndsOn());
            assertEquals(today, profile.getSituationChangedOn());
            assertTrue(commission.submissions(new SubmissionFilter(SubmissionStatus.CLASSIFIED, null, "delacroix"),
                    PageRequest.of(0, 20)).items().stream().anyMatch(r -> r.id().equals(id)));
            return null;
        });
        // published: in the pool, with the denormalised columns the company search reads
        assertEquals(1L, data.count("select count(*) from sar_profile where id = ?1 and in_pool = true "
                + "and classification = 'EMPLOYABLE' and area_code = 'BAS_RHIN' and current_jobs_label is not null", id));
        // and found by a company's pool search (sar1's), with the commission's classification and current jobs
        PoolRow row = TestUsers.as(OTHER_COMPANY, () -> pool.search(new PoolCriteria(Set.of("BAS_RHIN"), "delacroix",
                Set.of("PROD_1"), null, null, null, null, null, null, Set.of(Classification.EMPLOYABLE), today, null, null), 0, 20)
                .rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow());
        assertEquals("Delacroix", row.lastName());
        assertThrows(EJBAccessException.class, () -> TestUsers.as(PARTNER, () -> commission.detail(id)));
    }

    @Test
    void partnersSubmitAndFollowOnlyTheirOwnSubmissions() throws Exception {
        Long mine = TestUsers.as(PARTNER, () -> {
            Long contact = partners.contacts().get(0).getId();
            BusinessException refused = assertThrows(BusinessException.class, () -> partners.submit(
                    new SubmissionForm(contact, Civility.MR, "Faux", "Fichier", null, null),
                    new UploadedDocument("cv.pdf", "<html>pas un pdf</html>".getBytes(StandardCharsets.UTF_8))));
            assertEquals("commission.document.badType", refused.getMessageKey());
            assertEquals("file", refused.getField());
            return partners.submit(new SubmissionForm(contact, Civility.MR, "Benali", "Sami", "sami@example.org", null),
                    new UploadedDocument("cv-sami.pdf", PDF));
        });
        Long otherContact = contactOf("ML-STRASBOURG");
        TestUsers.as(PARTNER, () -> {
            assertTrue(partners.mine(PageRequest.of(0, 100)).items().stream().anyMatch(r -> r.id().equals(mine)));
            assertEquals(1, partners.get(mine).documents().size());
            // another partner's contact cannot be used
            assertEquals("commission.submission.contact.unknown", key(assertThrows(BusinessException.class,
                    () -> partners.submit(new SubmissionForm(otherContact, Civility.MR, "X", "Y", null, null), null))));
            Long documentId = partners.get(mine).documents().get(0).id();
            DownloadedDocument cv = documents.download(documentId);
            assertArrayEquals(PDF, cv.content());
            assertEquals("application/pdf", cv.contentType());
            return null;
        });
        Long documentId = TestUsers.as(PARTNER, () -> partners.get(mine).documents().get(0).id());
        TestUsers.as(OTHER_PARTNER, () -> {
            List<SubmissionRow> theirs = partners.mine(PageRequest.of(0, 100)).items();
            assertFalse(theirs.stream().anyMatch(r -> r.id().equals(mine)), "another partner's submission is not listed");
            assertThrows(NotFoundException.class, () -> partners.get(mine));
            assertThrows(NotFoundException.class, () -> partners.addDocument(mine, DocumentKind.OTHER,
                    new UploadedDocument("x.pdf", PDF)));
            assertThrows(AccessDeniedException.class, () -> documents.download(documentId));
            return null;
        });
        // the commission sees every submission and reads the document
        TestUsers.as(COMMISSION, () -> {
            assertTrue(commission.submissions(new SubmissionFilter(null, null, "benali"), PageRequest.of(0, 20)).items()
                    .stream().anyMatch(r -> r.id().equals(mine)));
            assertArrayEquals(PDF, documents.download(documentId).content());
            return null;
        });
        // a company does not read a file that is not in the pool yet
        assertThrows(AccessDeniedException.class, () -> TestUsers.as(COMPANY, () -> documents.download(documentId)));
        // partners do not use the commission's services
        assertThrows(EJBAccessException.class, () -> TestUsers.as(PARTNER, () -> commission.contacts()));
    }

    @Test
    void documentsOfPoolProfilesAreReadableByCompaniesAndCheckedForTheirRealType() throws Exception {
        Long id = recordedAndClassified("Documentée");
        Long documentId = TestUsers.as(COMMISSION, () -> {
            assertEquals("commission.document.badType", key(assertThrows(BusinessException.class, () -> commission.addDocument(
                    id, DocumentKind.CV, new UploadedDocument("cv.pdf", "MZ executable".getBytes(StandardCharsets.US_ASCII))))));
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};
            commission.addDocument(id, DocumentKind.OTHER, new UploadedDocument("diplome.png", png));
            return commission.addDocument(id, DocumentKind.CV, new UploadedDocument("../../cv.pdf", PDF));
        });
        DownloadedDocument cv = TestUsers.as(COMPANY, () -> documents.download(documentId));
        assertEquals("cv.pdf", cv.fileName(), "path stripped from the name");
        assertArrayEquals(PDF, cv.content());
        // out of the pool: companies without a sheet lose access, the submitting partner keeps it
        TestUsers.as(COMMISSION, () -> {
            commission.withdraw(id);
            return null;
        });
        assertThrows(AccessDeniedException.class, () -> TestUsers.as(OTHER_COMPANY, () -> documents.download(documentId)));
        assertArrayEquals(PDF, TestUsers.as(PARTNER, () -> documents.download(documentId)).content());
        assertThrows(AccessDeniedException.class, () -> TestUsers.as(OTHER_PARTNER, () -> documents.download(documentId)));
    }

    @Test
    void trainingNeedsBelongToTheirCompanyAndTheCommissionHandlesThem() throws Exception {
        TrainingNeedForm form = new TrainingNeedForm("Techniciens support N1", null, "PROD_1", "Deux stagiaires", 2,
                today().plusMonths(1));
        Long need = TestUsers.as(COMPANY, () -> {
            FormRejectedException refused = assertThrows(FormRejectedException.class, () -> needs.submit(
                    new TrainingNeedForm(" ", null, null, null, 0, today().minusDays(1))));
            assertEquals(List.of("title", "action", "places", "wishedStart"),
                    refused.getProblems().stream().map(BusinessException::getField).toList());
            Long id = needs.submit(form);
            assertEquals(TrainingNeedStatus.SUBMITTED, needs.get(id).row().status());
            assertTrue(needs.list(null, PageRequest.of(0, 100)).items().stream().anyMatch(r -> r.id().equals(id)));
            return id;
        });
        TestUsers.as(OTHER_COMPANY, () -> {
            assertFalse(needs.list(null, PageRequest.of(0, 100)).items().stream().anyMatch(r -> r.id().equals(need)));
            assertThrows(NotFoundException.class, () -> needs.get(need));
            assertThrows(NotFoundException.class, () -> needs.update(need, form));
            assertThrows(NotFoundException.class, () -> needs.withdraw(need));
            return null;
        });
        Long pooled = recordedAndClassified("Formée");
        TestUsers.as(COMMISSION, () -> {
            List<TrainingNeedRow> all = needs.list(TrainingNeedStatus.SUBMITTED, PageRequest.of(0, 100)).items();
            assertTrue(all.stream().anyMatch(r -> r.id().equals(need) && r.company().equals("Divalto")));
            needs.handle(need, TrainingNeedStatus.IN_PROGRESS);
            needs.link(need, pooled);
            assertEquals(1, needs.get(need).candidates().size());
            return null;
        });
        TestUsers.as(COMPANY, () -> {
            assertEquals("commission.need.notEditable", key(assertThrows(BusinessException.class, () -> needs.update(need, form))));
            // a company links only its own trainee files, not pool profiles
            assertEquals("commission.need.candidate.unknown", key(assertThrows(BusinessException.class,
                    () -> needs.link(need, pooled))));
            assertThrows(EJBAccessException.class, () -> needs.handle(need, TrainingNeedStatus.CLOSED));
            return null;
        });
        TestUsers.as(COMMISSION, () -> {
            needs.handle(need, TrainingNeedStatus.CLOSED);
            assertEquals(TrainingNeedStatus.CLOSED, needs.get(need).row().status());
            return null;
        });
        assertThrows(EJBAccessException.class, () -> TestUsers.as(PARTNER, () -> needs.list(null, PageRequest.of(0, 10))));
    }

    @Test
    void aTraineeFileOutsideThePoolIsCompletedFinalisedAndReachesTheCommission() throws Exception {
        Long need = TestUsers.as(COMPANY, () -> needs.submit(new TrainingNeedForm("Développeurs Java", null, "WEB_1", null, 1, null)));
        ContactForm trainee = new ContactForm(Civility.MRS, "Stagiaire", "Léa", null, null, null, null, null, null, null);
        Long file = TestUsers.as(COMPANY, () -> {
            Long id = trainees.propose(trainee, need);
            assertEquals(SubmissionStatus.DRAFT, trainees.get(id).status());
            assertEquals(1, needs.get(need).candidates().size());
            FormRejectedException refused = assertThrows(FormRejectedException.class, () -> trainees.finalise(id));
            assertEquals(List.of("commission.trainee.reach.required", "commission.trainee.area.required",
                    "commission.trainee.cv.required"), refused.getProblems().stream().map(BusinessException::getMessageKey).toList());
            trainees.update(id, new ContactForm(Civility.MRS, "Stagiaire", "Léa", "lea.stagiaire@example.org", null, null,
                    null, "67000", "Strasbourg", "BAS_RHIN"));
            trainees.addDocument(id, DocumentKind.CV, new UploadedDocument("cv-lea.pdf", PDF));
            trainees.finalise(id);
            assertEquals(SubmissionStatus.SUBMITTED, trainees.get(id).status());
            assertEquals("commission.trainee.alreadyFinalised", key(assertThrows(BusinessException.class,
                    () -> trainees.update(id, trainee))));
            return id;
        });
        TestUsers.as(OTHER_COMPANY, () -> {
            assertThrows(NotFoundException.class, () -> trainees.get(file));
            assertFalse(trainees.mine(PageRequest.of(0, 100)).items().stream().anyMatch(r -> r.id().equals(file)));
            return null;
        });
        TestUsers.as(COMMISSION, () -> {
            SubmissionRow row = commission.submissions(new SubmissionFilter(SubmissionStatus.SUBMITTED, null, "stagiaire"),
                    PageRequest.of(0, 20)).items().stream().filter(r -> r.id().equals(file)).findFirst().orElseThrow();
            assertEquals("Divalto", row.submittedBy());
            assertEquals(fr.bde.talentpool.domain.ProfileOrigin.COMPANY, row.origin());
            return null;
        });
    }

    @Test
    void theCommissionSeesEveryCompanysOpinionAndTheRecruitedCount() throws Exception {
        Long profile = recordedAndClassified("Consolidée");
        RecruitedCount before = TestUsers.as(COMMISSION, () -> results.recruited());
        long divalto = data.count("select id from sar_company where code = 'DIVALTO'");
        long numserv = data.count("select id from sar_company where code = 'NUMSERV'");
        long recruiter = data.count("select id from app_user where login = ?1", COMPANY);
        long otherRecruiter = data.count("select id from app_user where login = ?1", OTHER_COMPANY);
        sheet(990_000_001L, divalto, profile, recruiter, "RECRUITMENT", "RECRUITED", "CONFIRMED", "Recrutée en CDI");
        sheet(990_000_002L, numserv, profile, otherRecruiter, "NOT_RETAINED_AFTER_PROFILE_STUDY", "NOT_RETAINED", null, null);
        TestUsers.as(COMMISSION, () -> {
            RecruitedCount after = results.recruited();
            assertEquals(before.recruited() + 1, after.recruited());
            assertEquals(before.confirmed() + 1, after.confirmed());
            // the newest profile comes first
            CandidateOpinions row = results.opinions(PageRequest.of(0, 20)).items().stream()
                    .filter(r -> r.profileId().equals(profile)).findFirst().orElseThrow();
            assertEquals(2, row.sheets());
            assertEquals(1, row.recruited());
            assertEquals(1, row.negative());
            assertEquals(List.of("Divalto", "Numeric Services Est"), row.opinions().stream().map(o -> o.company()).toList());
            assertEquals(fr.bde.followup.domain.SheetResult.RECRUITMENT, row.opinions().get(0).result());
            assertEquals("Recrutée en CDI", row.opinions().get(0).comment());
            return null;
        });
        // a second company's recruitment of the same person still counts one job seeker
        data.execute("update sar_sheet set result = 'RECRUITMENT', status = 'RECRUITED_ON_TRIAL' where id = ?1", 990_000_002L);
        assertEquals(before.recruited() + 1, TestUsers.as(COMMISSION, () -> results.recruited()).recruited());
        assertThrows(EJBAccessException.class, () -> TestUsers.as(COMPANY, () -> results.recruited()));
        assertThrows(EJBAccessException.class, () -> TestUsers.as(PARTNER, () -> results.opinions(PageRequest.of(0, 5))));
    }

    /** A sheet as a company's recruiter would leave it (written directly: the sheet screens are sar1's). */
    void sheet(long id, long company, long profile, long user, String result, String status, String state, String comment) {
        Timestamp now = Timestamp.from(Instant.now());
        java.sql.Date day = java.sql.Date.valueOf(today());
        String recruitment = state == null ? "null, null, null" : "?9, 'CDI', '" + state + "'";
        data.execute("insert into sar_sheet (id, company_id, profile_id, created_by, created_at, updated_at, updated_on, "
                + "result, status, due_date, no_response, comment_text, recruited_on, recruitment_contract, "
                + "recruitment_state, closed, version) values (?1, ?2, ?3, ?4, ?5, ?5, ?6, ?7, ?8, null, false, "
                + (comment == null ? "null" : "'" + comment + "'") + ", " + recruitment + ", false, 0)",
                state == null ? new Object[] {id, company, profile, user, now, day, result, status}
                        : new Object[] {id, company, profile, user, now, day, result, status, day});
    }
}
