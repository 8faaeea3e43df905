package fr.bde.talentpool.service;

import fr.bde.common.AccessDeniedException;
import fr.bde.common.NotFoundException;
import fr.bde.followup.domain.FollowUpSheet;
import fr.bde.followup.domain.QuickAction;
import fr.bde.security.domain.Role;
import fr.bde.talentpool.domain.CompanyMember;
import fr.bde.talentpool.domain.JobKind;
import fr.bde.talentpool.domain.ProfileDocument;
import fr.bde.talentpool.domain.ProfileJob;
import fr.bde.talentpool.domain.ProfileSkill;
import fr.bde.talentpool.domain.TalentProfile;
import fr.bde.common.BusinessException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The company side of the talent pool (seed 002): search with the seed's filters, the skills
 * overlay, the profile synthesis and the 4 quick actions. Candidates already in the caller's
 * company portfolio are left out of its searches; a recruiter with overdue sheets is refused.
 */
@Stateless
@RolesAllowed(Role.Names.COMPANY_RECRUITER)
public class PoolSearchService {

    public static final int PAGE_SIZE = 20;

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private CompanyDirectory companies;

    @Inject
    private SarReferentials referentials;

    @Inject
    private Clock clock;

    /** The caller's sheets whose due date has come (the pool is closed while there are any). */
    public long overdueCount() {
        return overdueCount(companies.currentMember());
    }

    private long overdueCount(CompanyMember me) {
        return em.createQuery("select count(s) from FollowUpSheet s where s.createdBy = :user and s.closed = false"
                        + " and s.dueDate <= :today", Long.class)
                .setParameter("user", me.getUser()).setParameter("today", LocalDate.now(clock)).getSingleResult();
    }

    private CompanyMember allowedMember() {
        CompanyMember me = companies.currentMember();
        refuseWhileOverdue(me);
        return me;
    }

    /** The pool (its search, and its profiles outside the company portfolio) is closed while the caller has overdue sheets. */
    private void refuseWhileOverdue(CompanyMember me) {
        long overdue = overdueCount(me);
        if (overdue > 0) {
            throw new OverdueSheetsException(overdue);
        }
    }

    /**
     * One page of matching profiles, newest classification first. The page of ids is read first
     * from the indexed search columns; only those rows are then loaded.
     */
    public PoolPage search(PoolCriteria criteria, int first, int size) {
        CompanyMember me = allowedMember();
        int pageSize = Math.max(1, Math.min(size, 100));
        int offset = Math.max(0, first);
        List<Long> ids = pageOfIds(criteria, me.getCompany().getId(), offset, pageSize + 1);
        boolean hasNext = ids.size() > pageSize;
        List<Long> page = hasNext ? ids.subList(0, pageSize) : ids;
        return new PoolPage(rows(page), offset, hasNext);
    }

    @SuppressWarnings("unchecked")
    private List<Long> pageOfIds(PoolCriteria c, Long companyId, int offset, int limit) {
        // fixed fragments only: every value is a bound parameter
        StringBuilder sql = new StringBuilder("select p.id from sar_profile p where p.in_pool = true"
                + " and not exists (select 1 from sar_sheet s where s.company_id = :company and s.profile_id = p.id)");
        Map<String, Object> params = new HashMap<>();
        params.put("company", companyId);
        if (!c.areaCodes().isEmpty()) {
            sql.append(" and p.area_code in (:areas)");
            params.put("areas", c.areaCodes());
        }
        if (c.name() != null) {
            sql.append(" and p.search_name like :name");
            params.put("name", "%" + TalentProfile.searchKey(c.name()).replace("%", "").replace("_", "") + "%");
        }
        if (!c.studyLevels().isEmpty()) {
            sql.append(" and p.study_level in (:studies)");
            params.put("studies", c.studyLevels().stream().map(Enum::name).toList());
        }
        if (!c.experienceBands().isEmpty()) {
            sql.append(" and p.digital_experience in (:bands)");
            params.put("bands", c.experienceBands().stream().map(Enum::name).toList());
        }
        if (!c.classifications().isEmpty()) {
            sql.append(" and p.classification in (:classifications)");
            params.put("classifications", c.classifications().stream().map(Enum::name).toList());
        }
        if (c.classifiedFrom() != null) {
            sql.append(" and p.classified_at >= :classifiedFrom");
            params.put("classifiedFrom", c.classifiedFrom().atStartOfDay(clock.getZone()).toOffsetDateTime());
        }
        if (c.classifiedBefore() != null) {
            sql.append(" and p.classified_at < :classifiedBefore");
            params.put("classifiedBefore", c.classifiedBefore().atStartOfDay(clock.getZone()).toOffsetDateTime());
        }
        if (c.situationChangedFrom() != null) {
            sql.append(" and p.situation_changed_on >= :situationFrom");
            params.put("situationFrom", c.situationChangedFrom());
        }
        if (!c.jobCodes().isEmpty()) {
            sql.append(" and exists (select 1 from sar_profile_job j where j.job_code in (:jobs) and j.kind = 'CURRENT'"
                    + " and j.profile_id = p.id)");
            params.put("jobs", c.jobCodes());
        }
        if (!c.themeCodes().isEmpty() || !c.levels().isEmpty()) {
            sql.append(" and exists (select 1 from sar_profile_skill k where k.profile_id = p.id");
            if (!c.themeCodes().isEmpty()) {
                sql.append(" and k.theme_code in (:themes)");
                params.put("themes", c.themeCodes());
            }
            if (!c.levels().isEmpty()) {
                sql.append(" and k.level in (:levels)");
                params.put("levels", c.levels().stream().map(Enum::name).toList());
            }
            sql.append(")");
        }
        if (!c.actionCodes().isEmpty() || !c.trainingLinks().isEmpty()) {
            sql.append(" and exists (select 1 from sar_profile_training t where t.profile_id = p.id");
            if (!c.actionCodes().isEmpty()) {
                sql.append(" and t.action_code in (:actions)");
                params.put("actions", c.actionCodes());
            }
            if (!c.trainingLinks().isEmpty()) {
                sql.append(" and t.link_kind in (:links)");
                params.put("links", c.trainingLinks().stream().map(Enum::name).toList());
            }
            sql.append(")");
        }
        sql.append(" order by p.classified_at desc, p.id desc");
        Query query = em.createNativeQuery(sql.toString(), Long.class);
        params.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    private List<PoolRow> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, TalentProfile> byId = em.createQuery("select p from TalentProfile p where p.id in :ids", TalentProfile.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(TalentProfile::getId, p -> p));
        List<PoolRow> rows = new ArrayList<>();
        for (Long id : ids) {
            TalentProfile p = byId.get(id);
            rows.add(new PoolRow(p.getId(), p.getCivility(), p.getLastName(), p.getFirstName(),
                    referentials.area(p.getAreaCode()), p.getCity(), p.getCurrentJobsLabel(), p.getClassification(),
                    p.getClassifiedAt(), p.getStudyLevel(), p.getDigitalExperience()));
        }
        return rows;
    }

    /** "Voir les savoir faire": the skills of a profile the caller may see, by theme. */
    public List<SkillLine> skills(Long profileId) {
        return skillLines(visibleProfile(profileId).getSkills());
    }

    /**
     * The synthesis ("Etudier") and the fiche Profil: profiles in the caller's portfolio, or pool
     * profiles unless the caller has overdue sheets ({@link OverdueSheetsException}).
     */
    public ProfileView profile(Long profileId) {
        return view(visibleProfile(profileId));
    }

    /** The caller's company sheet for this candidate, if it is already in the portfolio. */
    public Long sheetOf(Long profileId) {
        CompanyMember me = companies.currentMember();
        return em.createQuery("select s.id from FollowUpSheet s where s.company = :company and s.profile.id = :profile",
                        Long.class)
                .setParameter("company", me.getCompany()).setParameter("profile", profileId)
                .getResultStream().findFirst().orElse(null);
    }

    /** A document of a profile the caller may see. */
    public ProfileDocument document(Long documentId) {
        ProfileDocument document = em.find(ProfileDocument.class, documentId);
        if (document == null) {
            throw new NotFoundException("sar.profile.notFound");
        }
        visibleProfile(document.getProfile().getId());
        return document;
    }

    /**
     * A quick action of the synthesis: creates the sheet in the caller's company portfolio with the
     * seed's result; the candidate then leaves the company's pool searches. Returns the sheet id.
     */
    public Long putInPortfolio(Long profileId, QuickAction action) {
        CompanyMember me = allowedMember();
        TalentProfile profile = em.find(TalentProfile.class, profileId);
        if (profile == null || !profile.isInPool()) {
            throw new NotFoundException("sar.profile.notFound");
        }
        boolean already = !em.createQuery("select s.id from FollowUpSheet s where s.company = :company and s.profile = :profile")
                .setParameter("company", me.getCompany()).setParameter("profile", profile).getResultList().isEmpty();
        if (already) {
            throw new BusinessException("sar.pool.error.alreadyInPortfolio");
        }
        FollowUpSheet sheet = new FollowUpSheet(me.getCompany(), profile, me.getUser(), action, clock.instant(),
                LocalDate.now(clock));
        em.persist(sheet);
        return sheet.getId();
    }

    private TalentProfile visibleProfile(Long profileId) {
        CompanyMember me = companies.currentMember();
        TalentProfile profile = profileId == null ? null : em.find(TalentProfile.class, profileId);
        if (profile == null) {
            throw new NotFoundException("sar.profile.notFound");
        }
        boolean inPortfolio = !em.createQuery("select s.id from FollowUpSheet s where s.company = :company and s.profile = :profile")
                .setParameter("company", me.getCompany()).setParameter("profile", profile).getResultList().isEmpty();
        if (!inPortfolio) {
            if (!profile.isInPool()) {
                throw new AccessDeniedException();
            }
            // a pool profile opened by URL: closed like the search; the portfolio (and its overdue sheets) stays open
            refuseWhileOverdue(me);
        }
        return profile;
    }

    private List<SkillLine> skillLines(java.util.Set<ProfileSkill> skills) {
        Map<String, List<ProfileSkill>> byTheme = skills.stream()
                .sorted(Comparator.comparing(ProfileSkill::skillCode))
                .collect(Collectors.groupingBy(ProfileSkill::themeCode, LinkedHashMap::new, Collectors.toList()));
        return byTheme.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> referentials.themeRank(e.getKey())))
                .map(e -> new SkillLine(referentials.theme(e.getKey()), e.getValue().stream()
                        .map(s -> new SkillLine.Item(referentials.skill(s.skillCode()), s.level())).toList()))
                .toList();
    }

    /** The fiche Profil of a profile the caller was allowed to read (also for the commission and partner screens). */
    @RolesAllowed({Role.Names.COMPANY_RECRUITER, Role.Names.COMMISSION, Role.Names.PARTNER})
    public ProfileView view(TalentProfile p) {
        Map<String, List<String>> exercised = new LinkedHashMap<>();
        List<String> target = new ArrayList<>();
        for (ProfileJob job : p.getJobs().stream().sorted(Comparator.comparing(ProfileJob::jobCode)).toList()) {
            if (job.kind() == JobKind.EXERCISED) {
                exercised.computeIfAbsent(referentials.jobFamily(job.jobCode()), f -> new ArrayList<>())
                        .add(referentials.job(job.jobCode()));
            } else if (job.kind() == JobKind.TARGET) {
                target.add(referentials.job(job.jobCode()));
            }
        }
        List<ProfileView.Document> documents = em.createQuery("select new fr.bde.talentpool.service.ProfileView$Document("
                        + "d.id, d.kind, d.fileName) from ProfileDocument d where d.profile = :p order by d.kind, d.id",
                ProfileView.Document.class).setParameter("p", p).getResultList();
        return new ProfileView(p.getId(), p.getCivility(), p.getLastName(), p.getFirstName(), referentials.area(p.getAreaCode()),
                p.getCity(), p.getEmail(), p.getPhone(), p.getStreetNumber(), p.getStreet(), p.getPostcode(),
                exercised.entrySet().stream().map(e -> new ProfileView.FamilyJobs(e.getKey(), e.getValue())).toList(),
                documents, p.getSituation(), p.getSituationSince(), p.getSituationEndsOn(), p.getClassification(),
                p.getClassifiedAt(), p.getCurrentJobsLabel(), p.getAssessment(), p.getAssessmentSummary(),
                skillLines(p.getSkills()), p.getTraits().stream().sorted().toList(), p.getMobility(),
                p.isRelocationAccepted(), p.getRelocationZones(), p.getDigitalExperience(), p.getOtherExperience(),
                p.getTimeWithoutJob(), p.getOccupationWithoutJob(), p.getLastJobEndedOn(), p.getInternshipMonths(),
                p.getStudyLevel(), p.getStudyLevelNotValidated(), p.getDigitalDiploma(), p.getOtherDiploma(),
                p.getCertifications(), p.getCompanyTypes().stream().sorted().toList(),
                p.getContractsSought().stream().sorted().toList(), p.getAvailabilityPercent(), target,
                p.getLastSalary(), p.getClaimedSalary(), p.getMinimumSalary());
    }
}
