package fr.bde.mail.service;

import jakarta.annotation.security.PermitAll;
import fr.bde.mail.domain.OutboxMessage;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/** Queues a message in the caller's transaction; it leaves only if that transaction commits. */
@PermitAll
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class MailOutbox {

    /** Fired on enqueue; observed after commit to send at once rather than at the next poll. */
    public record Queued(Long messageId) {
    }

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<Queued> queued;

    public OutboxMessage enqueue(String recipient, String template, Object... arguments) {
        MailTemplates.Rendered mail = MailTemplates.render(template, arguments);
        OutboxMessage message = new OutboxMessage(recipient, mail.subject(), mail.text(), mail.html(), clock.instant());
        em.persist(message);
        em.flush();
        queued.fire(new Queued(message.getId()));
        return message;
    }

    /** A text attachment: file name, MIME content type (e.g. {@code text/calendar; method=REQUEST}), content. */
    public record Attachment(String name, String contentType, String content) {
    }

    /** As {@link #enqueue(String, String, Object...)}, with an attachment (an interview's iCalendar invitation). */
    public OutboxMessage enqueue(String recipient, Attachment attachment, String template, Object... arguments) {
        MailTemplates.Rendered mail = MailTemplates.render(template, arguments);
        OutboxMessage message = new OutboxMessage(recipient, mail.subject(), mail.text(), mail.html(), clock.instant());
        if (attachment != null) {
            message.attach(attachment.name(), attachment.contentType(), attachment.content());
        }
        em.persist(message);
        em.flush();
        queued.fire(new Queued(message.getId()));
        return message;
    }

    /**
     * For mass mailings (alert digests): queued the same way but left to the scheduled sender,
     * which drains the outbox at its own pace instead of one asynchronous send per message.
     */
    public OutboxMessage enqueueLater(String recipient, String template, Object... arguments) {
        MailTemplates.Rendered mail = MailTemplates.render(template, arguments);
        OutboxMessage message = new OutboxMessage(recipient, mail.subject(), mail.text(), mail.html(), clock.instant());
        em.persist(message);
        return message;
    }

    /**
     * Deletes a held message not yet due (a rejection cancelled, or made pointless by a withdrawal);
     * false when it is already due, being sent or sent: then it can no longer be taken back.
     */
    public boolean cancelHeld(Long messageId, java.time.Instant now) {
        return messageId != null && em.createQuery("delete from OutboxMessage m where m.id = :id and m.status = :pending"
                        + " and m.nextAttemptAt > :now")
                .setParameter("id", messageId).setParameter("pending", OutboxMessage.Status.PENDING)
                .setParameter("now", now).executeUpdate() == 1;
    }

    /**
     * Queued now, sent not before {@code notBefore} by the scheduled sender (the next attempt
     * time is the not-before time; retries and re-sends work as for any message).
     */
    public OutboxMessage enqueueNotBefore(java.time.Instant notBefore, String recipient, String template,
                                          Object... arguments) {
        OutboxMessage message = enqueueLater(recipient, template, arguments);
        message.holdUntil(notBefore);
        return message;
    }
}
