package fr.bde.followup.service;

import fr.bde.common.PlannerStatistics;
import fr.bde.common.PublicLinks;
import fr.bde.followup.domain.DeadlineDigest;
import fr.bde.mail.service.MailOutbox;
import fr.bde.mail.service.MailTemplates;
import fr.bde.security.domain.AppUser;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Logger;

/**
 * The daily deadline of the follow-up sheets, set-based: one INSERT ... SELECT marks every open
 * sheet whose due date has come (a narrow row in sar_sheet_overdue, see V16), then one GROUP BY
 * over the marks gives each recruiter's count for their digest. A mark per sheet and a digest row
 * per recruiter and day make a re-run the same day mark and send nothing twice.
 */
@Stateless
@PermitAll
public class SarDeadlineService {

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private MailOutbox outbox;

    @Inject
    private PublicLinks links;

    @Inject
    private Clock clock;

    /** Overdue sheets listed in a digest; beyond, the mail gives the count and the link to them all. */
    static final int LISTED_MAX = 20;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final Logger LOG = Logger.getLogger(SarDeadlineService.class.getName());

    /** Sheets marked per INSERT statement (ids bound as one array). */
    static final int MARK_BATCH = 50_000;

    /**
     * Marks the open sheets reaching their due date today (or before) as overdue; returns how many
     * were marked. The sheets to mark are read first, then inserted by batches of ids: an INSERT whose
     * own NOT EXISTS reads the table it fills may be planned (empty table) as a nested loop that
     * rescans every row it has just inserted, quadratic at a few hundred thousand marks.
     */
    public int markOverdue() {
        long start = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        @SuppressWarnings("unchecked")
        // read from the covering index ix_sar_sheet_due (V23) alone
        List<Object[]> due = em.createNativeQuery("select s.id, s.created_by, s.due_date from sar_sheet s"
                        + " where s.due_date <= ?1 and s.closed = false"
                        + " and not exists (select 1 from sar_sheet_overdue m where m.sheet_id = s.id) order by s.id")
                .setParameter(1, today).getResultList();
        long selected = System.nanoTime();
        int marked = 0;
        for (int from = 0; from < due.size(); from += MARK_BATCH) {
            List<Object[]> batch = due.subList(from, Math.min(from + MARK_BATCH, due.size()));
            Long[] ids = batch.stream().map(r -> ((Number) r[0]).longValue()).toArray(Long[]::new);
            Long[] recruiters = batch.stream().map(r -> ((Number) r[1]).longValue()).toArray(Long[]::new);
            // dates as ISO text: an array of dates binds differently on each driver
            String[] dueDates = batch.stream().map(r -> dueDate(r[2]).toString()).toArray(String[]::new);
            marked += em.createNativeQuery("insert into sar_sheet_overdue (sheet_id, recruiter_id, due_date, marked_on)"
                            + " select t.id, t.recruiter, cast(t.due as date), ?1"
                            // the rows come whole from the arrays: no lookup of the sheets again
                            + " from unnest(cast(?2 as bigint array), cast(?3 as bigint array), cast(?4 as varchar array))"
                            + " as t(id, recruiter, due)")
                    .setParameter(1, today).setParameter(2, ids).setParameter(3, recruiters).setParameter(4, dueDates)
                    .executeUpdate();
        }
        long inserted = System.nanoTime();
        if (marked >= MARK_BATCH) {
            refreshStatistics();
        }
        int count = marked;
        LOG.info(() -> String.format("%d sheets marked overdue: select %d ms, insert %d ms, statistics %d ms", count,
                (selected - start) / 1_000_000, (inserted - selected) / 1_000_000, (System.nanoTime() - inserted) / 1_000_000));
        return marked;
    }

    /** After a large marking, so that the next day's NOT EXISTS is planned on the marks' real size. */
    private void refreshStatistics() {
        em.unwrap(org.hibernate.Session.class).doWork(c -> PlannerStatistics.refresh(c, "sar_sheet_overdue"));
    }

    /**
     * Mails up to {@code batch} recruiters not yet told today one digest each (their overdue count and
     * link to the overdue-sheets list); returns how many were mailed, 0 when all are done.
     */
    public int sendDigests(int batch) {
        LocalDate today = LocalDate.now(clock);
        @SuppressWarnings("unchecked")
        // counted per recruiter first (the index's leading column), then the recruiters already mailed
        // today left out: one lookup per recruiter rather than one per overdue sheet
        List<Object[]> counts = em.createNativeQuery("select g.recruiter_id, g.n from (select m.recruiter_id, count(*) n"
                        + " from sar_sheet_overdue m group by m.recruiter_id) g where not exists (select 1"
                        + " from sar_deadline_digest d where d.recruiter_id = g.recruiter_id and d.digest_date = ?1)"
                        + " order by g.recruiter_id")
                .setParameter(1, today).setMaxResults(batch).getResultList();
        for (Object[] row : counts) {
            AppUser recruiter = em.find(AppUser.class, ((Number) row[0]).longValue());
            long count = ((Number) row[1]).longValue();
            em.persist(new DeadlineDigest(recruiter.getId(), today, (int) count, clock.instant()));
            outbox.enqueueLater(recruiter.getEmail(), "sar.deadline", recruiter.getDisplayName(), count,
                    links.base() + "/entreprise/portefeuille.xhtml?vue=depassees", listed(recruiter.getId()),
                    count > LISTED_MAX ? MailTemplates.text("sar.deadline.more", count - LISTED_MAX) : "");
        }
        return counts.size();
    }

    /** The recruiter's most overdue sheets (up to LISTED_MAX, index on recruiter and due date), each with its link. */
    private MailTemplates.Markup listed(Long recruiterId) {
        @SuppressWarnings("unchecked")
        // the 20 marks are taken from the index first, then joined: H2 would join all the recruiter's marks
        List<Object[]> sheets = em.createNativeQuery("select m.sheet_id, p.last_name, p.first_name, m.due_date"
                        + " from (select o.sheet_id, o.due_date from sar_sheet_overdue o where o.recruiter_id = ?1"
                        + " order by o.due_date, o.sheet_id limit " + LISTED_MAX + ") m join sar_sheet s on s.id = m.sheet_id"
                        + " join sar_profile p on p.id = s.profile_id order by m.due_date, m.sheet_id")
                .setParameter(1, recruiterId).getResultList();
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<ul>");
        for (Object[] sheet : sheets) {
            String link = links.base() + "/entreprise/fiche.xhtml?id=" + sheet[0];
            String line = MailTemplates.text("sar.deadline.line", sheet[2] + " " + sheet[1], DATE.format(dueDate(sheet[3])));
            text.append("- ").append(line).append("\n  ").append(link).append('\n');
            html.append("<li><a href=\"").append(MailTemplates.escapeHtml(link)).append("\">")
                    .append(MailTemplates.escapeHtml(line)).append("</a></li>");
        }
        return new MailTemplates.Markup(text.toString(), html.append("</ul>").toString());
    }

    private static LocalDate dueDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
