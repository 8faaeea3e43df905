package fr.bde.followup.service;

import fr.bde.common.AccessDeniedException;
import fr.bde.common.BusinessException;
import fr.bde.common.NotFoundException;
import fr.bde.common.Page;
import fr.bde.common.PageRequest;
import fr.bde.common.PublicLinks;
import fr.bde.followup.domain.FollowUpSheet;
import fr.bde.followup.domain.SheetEdit;
import fr.bde.followup.domain.SheetResult;
import fr.bde.mail.service.MailOutbox;
import fr.bde.security.domain.Role;
import fr.bde.talentpool.domain.CompanyMember;
import fr.bde.talentpool.domain.PartnerContact;
import fr.bde.talentpool.domain.TalentProfile;
import fr.bde.talentpool.service.CompanyDirectory;
import fr.bde.talentpool.service.SarReferentials;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A company's portfolio of follow-up sheets (seed 002): the list and its filters, the sheet and its
 * updates under the seed's rules, the "no response" mails. Every recruiter of a company sees and
 * updates the whole company portfolio, never another company's.
 */
@Stateless
@RolesAllowed(Role.Names.COMPANY_RECRUITER)
public class FollowUpSheetService {

    /** A candidate of the portfolio for the name type-ahead. */
    public record CandidateName(Long profileId, String label) {
    }

    private static final Map<String, String> SORTS = Map.of("createdAt", "s.createdAt", "dueDate", "s.dueDate");

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private CompanyDirectory companies;

    @Inject
    private SarReferentials referentials;

    @Inject
    private MailOutbox outbox;

    @Inject
    private PublicLinks links;

    @Inject
    private Clock clock;

    public Page<PortfolioRow> portfolio(PortfolioCriteria c, PageRequest page) {
        CompanyMember me = companies.currentMember();
        StringBuilder where = new StringBuilder(" from FollowUpSheet s join s.profile p join s.createdBy u"
                + " where s.company = :company");
        Map<String, Object> params = new HashMap<>();
        params.put("company", me.getCompany());
        if (c.mine() || c.overdueOnly()) {
            where.append(" and s.createdBy = :me");
            params.put("me", me.getUser());
        }
        if (c.overdueOnly()) {
            where.append(" and s.closed = false and s.dueDate <= :today");
            params.put("today", LocalDate.now(clock));
        }
        condition(where, params, !c.areaCodes().isEmpty(), " and p.areaCode in :areas", "areas", c.areaCodes());
        condition(where, params, c.profileId() != null, " and p.id = :profileId", "profileId", c.profileId());
        condition(where, params, !c.recruiterIds().isEmpty(), " and u.id in :recruiters", "recruiters", c.recruiterIds());
        condition(where, params, !c.classifications().isEmpty(), " and p.classification in :classifications",
                "classifications", c.classifications());
        condition(where, params, !c.statuses().isEmpty(), " and s.status in :statuses", "statuses", c.statuses());
        condition(where, params, !c.results().isEmpty(), " and s.result in :results", "results", c.results());
        condition(where, params, c.noResponse() != null, " and s.noResponse = :noResponse", "noResponse", c.noResponse());
        condition(where, params, c.createdFrom() != null, " and s.createdAt >= :createdFrom", "createdFrom",
                c.createdFrom() == null ? null : c.createdFrom().atStartOfDay(clock.getZone()).toInstant());
        condition(where, params, c.dueBefore() != null, " and s.dueDate < :dueBefore", "dueBefore", c.dueBefore());
        condition(where, params, !c.jobCodes().isEmpty(), " and exists (select 1 from TalentProfile q join q.jobs j"
                + " where q = p and j.kind = fr.bde.talentpool.domain.JobKind.CURRENT and j.jobCode in :jobs)", "jobs",
                c.jobCodes());
        condition(where, params, !c.actions().isEmpty(), " and exists (select 1 from FollowUpSheet s2 join s2.actions a"
                + " where s2 = s and a in :actions)", "actions", c.actions());
        if (!c.themeCodes().isEmpty() || !c.levels().isEmpty()) {
            where.append(" and exists (select 1 from TalentProfile q join q.skills k where q = p");
            condition(where, params, !c.themeCodes().isEmpty(), " and k.themeCode in :themes", "themes", c.themeCodes());
            condition(where, params, !c.levels().isEmpty(), " and k.level in :levels", "levels", c.levels());
            where.append(")");
        }
        TypedQuery<Long> count = em.createQuery("select count(s)" + where, Long.class);
        String order = page.orderBy(SORTS, "s.createdAt") + ", s.id desc";
        TypedQuery<FollowUpSheet> rows = em.createQuery("select s" + where + " order by " + order, FollowUpSheet.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        List<FollowUpSheet> sheets = rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        LocalDate today = LocalDate.now(clock);
        return new Page<>(sheets.stream().map(s -> row(s, today)).toList(), count.getSingleResult());
    }

    private static void condition(StringBuilder where, Map<String, Object> params, boolean applies, String clause,
                                  String name, Object value) {
        if (applies) {
            where.append(clause);
            params.put(name, value);
        }
    }

    private PortfolioRow row(FollowUpSheet s, LocalDate today) {
        TalentProfile p = s.getProfile();
        return new PortfolioRow(s.getId(), p.getId(), p.getCivility(), p.getLastName(), p.getFirstName(),
                referentials.area(p.getAreaCode()), s.getCreatedBy().getDisplayName(), p.getCurrentJobsLabel(),
                p.getSituation(), p.getClassification(), s.getStatus(), s.getResult(), s.getCreatedAt(), s.getDueDate(),
                !s.isClosed() && s.isOverdueOn(today), s.isNoResponse(), List.copyOf(s.getActions()));
    }

    /** Type-ahead on the last or first name among the candidates of the company portfolio. */
    public List<CandidateName> candidateNames(String query) {
        CompanyMember me = companies.currentMember();
        String key = TalentProfile.searchKey(query).replace("%", "").replace("_", "");
        if (key.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p from FollowUpSheet s join s.profile p where s.company = :company"
                        + " and (p.searchName like :prefix or p.searchName like :inner) order by p.searchName", TalentProfile.class)
                .setParameter("company", me.getCompany()).setParameter("prefix", key + "%")
                .setParameter("inner", "% " + key + "%").setMaxResults(10).getResultStream()
                .map(p -> new CandidateName(p.getId(), p.getFullName() + "-" + referentials.area(p.getAreaCode())))
                .toList();
    }

    public SheetView sheet(Long sheetId) {
        return view(ownSheet(sheetId));
    }

    /**
     * Saves sections 2 to 4: refused when a seed rule is broken (all violations reported); status
     * and due date are recomputed; ticking "no response" mails the partner's contact and the commission.
     */
    public SheetView update(Long sheetId, int version, SheetEdit edit) {
        FollowUpSheet sheet = ownSheet(sheetId);
        if (sheet.getVersion() != version) {
            throw new BusinessException("sar.sheet.error.changedMeanwhile");
        }
        List<SheetEdit.Violation> violations = sheet.check(edit);
        if (!violations.isEmpty()) {
            throw new SheetRejectedException(violations);
        }
        LocalDate today = LocalDate.now(clock);
        boolean noResponseRaised = sheet.apply(edit, clock.instant(), today);
        if (sheet.isClosed() || !sheet.isOverdueOn(today)) {
            // the deadline job's mark holds only while the sheet stays open and overdue
            em.createNativeQuery("delete from sar_sheet_overdue where sheet_id = ?1").setParameter(1, sheet.getId())
                    .executeUpdate();
        }
        if (noResponseRaised) {
            mailNoResponse(sheet);
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new BusinessException("sar.sheet.error.changedMeanwhile");
        }
        return view(sheet);
    }

    /** "Abandon du dossier": the candidate never answered; the sheet closes (status Non retenu). */
    public SheetView abandon(Long sheetId, int version) {
        FollowUpSheet sheet = ownSheet(sheetId);
        SheetEdit edit = new SheetEdit(sheet.getActions(), SheetResult.FILE_ABANDONED, sheet.isNoResponse(),
                sheet.getComment(), null, null);
        return update(sheetId, version, edit);
    }

    private void mailNoResponse(FollowUpSheet sheet) {
        TalentProfile p = sheet.getProfile();
        String candidate = p.getFullName();
        String company = sheet.getCompany().getName();
        String recruiter = sheet.getCreatedBy().getDisplayName();
        String date = LocalDate.now(clock).format(DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRENCH));
        PartnerContact contact = p.getPartnerContact();
        if (contact != null && contact.isActive()) {
            outbox.enqueue(contact.getEmail(), "sar.noResponse", contact.getName(), candidate, company, recruiter, date,
                    p.getPartner().getName());
        }
        outbox.enqueue(SarSettings.commissionEmail(), "sar.noResponse", "", candidate, company, recruiter, date,
                p.getPartner() == null ? "" : p.getPartner().getName());
    }

    private FollowUpSheet ownSheet(Long sheetId) {
        CompanyMember me = companies.currentMember();
        FollowUpSheet sheet = sheetId == null ? null : em.find(FollowUpSheet.class, sheetId);
        if (sheet == null) {
            throw new NotFoundException("sar.sheet.notFound");
        }
        if (!sheet.getCompany().equals(me.getCompany())) {
            throw new AccessDeniedException();
        }
        return sheet;
    }

    private SheetView view(FollowUpSheet s) {
        TalentProfile p = s.getProfile();
        return new SheetView(s.getId(), p.getId(), p.getCivility(), p.getLastName(), p.getFirstName(),
                referentials.area(p.getAreaCode()), s.getCompany().getName(), s.getCreatedBy().getDisplayName(),
                s.getStatus(), s.getUpdatedAt(), s.getDueDate(), !s.isClosed() && s.isOverdueOn(LocalDate.now(clock)),
                s.getActions(), s.getResult(), s.isNoResponse(), s.getComment(), s.getRejectionCauses(),
                s.getRecruitment(), s.isClosed(), s.getVersion(), s.getCreatedAt());
    }
}
