package fr.bde.mail.service;

import fr.bde.common.BusinessException;
import fr.bde.common.ClockProducer;
import fr.bde.common.NotFoundException;
import fr.bde.common.Page;
import fr.bde.common.PageRequest;
import fr.bde.mail.domain.OutboxMessage;
import fr.bde.security.domain.Role;
import fr.bde.security.service.UserDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

/** The Ucanss administrator's view of the outbox: failed messages (and others) listed, failed ones sent again. */
@Stateless
@RolesAllowed(Role.Names.UCANSS_ADMIN)
public class OutboxAdminService {

    private static final Logger AUDIT = Logger.getLogger("fr.bde.audit.outbox");
    private static final Map<String, String> SORTS = Map.of(
            "createdAt", "m.createdAt", "recipient", "m.recipient", "attempts", "m.attempts",
            "status", "m.status", "subject", "m.subject");

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private UserDirectory users;

    @Inject
    private Event<MailOutbox.Queued> queued;

    public Page<OutboxRow> list(OutboxFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (filter.status() != null) {
            where.append(" and m.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.recipient() != null && !filter.recipient().isBlank()) {
            where.append(" and lower(m.recipient) like :recipient");
            parameters.put("recipient", "%" + filter.recipient().strip().toLowerCase(Locale.ROOT)
                    .replace("%", "").replace("_", "") + "%");
        }
        if (filter.createdFrom() != null) {
            where.append(" and m.createdAt >= :from");
            parameters.put("from", filter.createdFrom().atStartOfDay(ClockProducer.PARIS).toInstant());
        }
        if (filter.createdTo() != null) {
            where.append(" and m.createdAt < :to");
            parameters.put("to", filter.createdTo().plusDays(1).atStartOfDay(ClockProducer.PARIS).toInstant());
        }
        TypedQuery<OutboxRow> rows = em.createQuery("select new fr.bde.mail.service.OutboxRow(m.id, m.recipient, "
                + "m.subject, m.status, m.attempts, m.createdAt, m.nextAttemptAt, m.sentAt, m.lastError, m.resentBy, "
                + "m.resentAt) from OutboxMessage m" + where + " order by " + page.orderBy(SORTS, "m.createdAt")
                + ", m.id desc", OutboxRow.class);
        TypedQuery<Long> count = em.createQuery("select count(m) from OutboxMessage m" + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new Page<>(rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    /** Puts a failed message back in the queue (new series of attempts); sent after this transaction commits. */
    public void resend(Long messageId) {
        OutboxMessage message = em.find(OutboxMessage.class, messageId);
        if (message == null) {
            throw new NotFoundException("outbox.notFound");
        }
        if (message.getStatus() != OutboxMessage.Status.FAILED) {
            throw new BusinessException("outbox.resend.notFailed");
        }
        String login = users.currentUser().getLogin();
        message.resend(login, clock.instant());
        AUDIT.info(() -> "Outbox message " + messageId + " re-sent by " + login);
        em.flush();
        queued.fire(new MailOutbox.Queued(messageId));
    }
}
