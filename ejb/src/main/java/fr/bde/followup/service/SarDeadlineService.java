package fr.bde.followup.service;

import fr.bde.common.PublicLinks;
import fr.bde.followup.domain.DeadlineDigest;
import fr.bde.mail.service.MailOutbox;
import fr.bde.security.domain.AppUser;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The daily deadline of the follow-up sheets, set-based: one UPDATE marks every sheet whose due date
 * has come, then one GROUP BY gives each recruiter's count for their digest. A digest row per
 * recruiter and day makes a re-run the same day send nothing twice.
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

    /** Marks the open sheets reaching their due date today (or before) as overdue; returns how many changed. */
    public int markOverdue() {
        return em.createQuery("update FollowUpSheet s set s.overdue = true where s.dueDate <= :today"
                        + " and s.overdue = false and s.closed = false")
                .setParameter("today", LocalDate.now(clock)).executeUpdate();
    }

    /**
     * Mails up to {@code batch} recruiters not yet told today one digest each (their overdue count and
     * link to the overdue-sheets list); returns how many were mailed, 0 when all are done.
     */
    public int sendDigests(int batch) {
        LocalDate today = LocalDate.now(clock);
        List<Object[]> counts = em.createQuery("select s.createdBy.id, count(s) from FollowUpSheet s"
                        + " where s.overdue = true and s.closed = false and s.dueDate <= :today"
                        + " and not exists (select 1 from DeadlineDigest d where d.recruiterId = s.createdBy.id"
                        + " and d.digestDate = :today) group by s.createdBy.id order by s.createdBy.id", Object[].class)
                .setParameter("today", today).setMaxResults(batch).getResultList();
        for (Object[] row : counts) {
            AppUser recruiter = em.find(AppUser.class, row[0]);
            long count = (Long) row[1];
            em.persist(new DeadlineDigest(recruiter.getId(), today, (int) count, clock.instant()));
            outbox.enqueueLater(recruiter.getEmail(), "sar.deadline", recruiter.getDisplayName(), count,
                    links.base() + "/entreprise/portefeuille.xhtml?vue=depassees");
        }
        return counts.size();
    }
}
