package fr.bde.privacy.service;

import fr.bde.candidate.domain.CandidateAccount;
import fr.bde.mail.service.MailOutbox;
import fr.bde.privacy.domain.RetentionPolicy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.logging.Logger;

/**
 * The retention rules applied by the {@code candidate-retention} job, each call one transaction
 * over a bounded batch, so that a long run commits as it goes and a re-run resumes where it stopped.
 */
@Stateless
@PermitAll
public class RetentionService {

    private static final Logger AUDIT = Logger.getLogger("fr.bde.audit.retention");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String INACTIVE = "select c from CandidateAccount c join fetch c.user u "
            + "where coalesce(c.lastLoginAt, c.validatedAt, u.createdAt) < :inactiveSince ";

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private AccountEraser eraser;

    @Inject
    private MailOutbox outbox;

    @Inject
    private fr.bde.common.PublicLinks links;

    /** Applications not retained, of offers closed three months ago or more: anonymised. */
    public int anonymiseApplications() {
        Instant now = clock.instant();
        int count = eraser.anonymiseApplicationsOfOffersClosedBefore(
                RetentionPolicy.offersClosedBefore(LocalDate.now(clock)), now);
        if (count > 0) {
            AUDIT.info(() -> count + " applications anonymised (offers closed over 3 months ago)");
        }
        return count;
    }

    /**
     * Up to {@code limit} outbox copies of mails sent, or given up, three months ago or more: deleted
     * (the oldest first), so the outbox does not keep personal data indefinitely.
     */
    public int purgeMailCopies(int limit) {
        Instant before = RetentionPolicy.mailCopiesBefore(clock.instant());
        List<Long> ids = em.createQuery("select m.id from OutboxMessage m where (m.status = :sent and m.sentAt < :before)"
                        + " or (m.status = :failed and m.createdAt < :before) order by m.id", Long.class)
                .setParameter("sent", fr.bde.mail.domain.OutboxMessage.Status.SENT)
                .setParameter("failed", fr.bde.mail.domain.OutboxMessage.Status.FAILED)
                .setParameter("before", before).setMaxResults(limit).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        int count = em.createQuery("delete from OutboxMessage m where m.id in :ids").setParameter("ids", ids).executeUpdate();
        AUDIT.info(() -> count + " outbox copies of mails over 3 months old deleted");
        return count;
    }

    /** Up to {@code limit} accounts inactive for two years, not warned yet: warned by mail. */
    public int warnInactiveAccounts(int limit) {
        Instant now = clock.instant();
        List<CandidateAccount> accounts = em.createQuery(INACTIVE + "and c.inactivityWarnedAt is null order by c.id",
                        CandidateAccount.class)
                .setParameter("inactiveSince", RetentionPolicy.inactiveSince(now))
                .setMaxResults(limit).getResultList();
        for (CandidateAccount account : accounts) {
            account.warnInactivity(now);
            outbox.enqueue(account.getUser().getEmail(), "privacy.inactivityWarning", account.getFirstName(),
                    DATE.format(RetentionPolicy.deletionDay(now)), links.base() + "/espace/index.xhtml");
        }
        return accounts.size();
    }

    /** Up to {@code limit} accounts warned thirty days ago or more and not used since: deleted. */
    public int deleteWarnedAccounts(int limit) {
        Instant now = clock.instant();
        List<CandidateAccount> accounts = em.createQuery(INACTIVE + "and c.inactivityWarnedAt < :warnedBefore "
                        + "order by c.id", CandidateAccount.class)
                .setParameter("inactiveSince", RetentionPolicy.inactiveSince(now))
                .setParameter("warnedBefore", RetentionPolicy.warnedBefore(now))
                .setMaxResults(limit).getResultList();
        for (CandidateAccount account : accounts) {
            Long id = account.getId();
            String address = account.getUser().getEmail();
            String firstName = account.getFirstName();
            eraser.deleteCandidate(account, now);
            outbox.enqueue(address, "privacy.accountDeleted", firstName);
            AUDIT.info(() -> "Candidate account " + id + " deleted after 2 years of inactivity");
        }
        return accounts.size();
    }
}
