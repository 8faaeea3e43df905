package fr.bde.mail.service;

import jakarta.annotation.security.PermitAll;
import fr.bde.mail.domain.OutboxMessage;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.logging.Logger;

/**
 * Sends the outbox through the server's mail session (SMTP host and port are server settings).
 * A message is claimed in its own transaction (optimistic version check), so two nodes never
 * send it twice; the SMTP exchange happens outside any transaction.
 */
@PermitAll
@Stateless
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
    private static final int BATCH = 50;
    private static final java.time.Duration DRAIN_TIME = java.time.Duration.ofSeconds(20);

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Resource(lookup = "java:jboss/mail/Default")
    private Session mailSession;

    @Inject
    private Clock clock;

    @Inject
    private MailSender self;

    /** Right after the enqueuing transaction commits. */
    public void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailOutbox.Queued queued) {
        self.sendLater(queued.messageId());
    }

    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendLater(Long messageId) {
        send(messageId);
    }

    /** The safety net: whatever is due, retries and abandoned claims included. */
    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sendDue() {
        // drains the backlog (mass mailings) for at most DRAIN_TIME, leaving time before the next tick
        long deadline = System.nanoTime() + DRAIN_TIME.toNanos();
        int sent;
        do {
            List<Long> due = em.createQuery("select m.id from OutboxMessage m where m.status in :statuses "
                            + "and m.nextAttemptAt <= :now order by m.nextAttemptAt", Long.class)
                    .setParameter("statuses", List.of(OutboxMessage.Status.PENDING, OutboxMessage.Status.SENDING))
                    .setParameter("now", clock.instant())
                    .setMaxResults(BATCH).getResultList();
            due.forEach(this::send);
            sent = due.size();
        } while (sent == BATCH && System.nanoTime() < deadline);
    }

    private void send(Long messageId) {
        OutboxMessage message;
        try {
            message = self.claim(messageId);
        } catch (OptimisticLockException e) {
            return; // another sender has it
        } catch (jakarta.ejb.EJBException e) {
            if (e.getCause() instanceof OptimisticLockException || e.getCausedByException() instanceof OptimisticLockException) {
                return;
            }
            throw e;
        }
        if (message == null) {
            return;
        }
        try {
            Transport.send(toMime(message));
            self.complete(messageId, null);
        } catch (MessagingException e) {
            LOG.warning(() -> "Mail " + messageId + " not sent: " + e.getMessage());
            self.complete(messageId, e.getMessage());
        }
    }

    /** Marks the message as being sent; null when it is not due. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OutboxMessage claim(Long messageId) {
        OutboxMessage message = em.find(OutboxMessage.class, messageId);
        if (message == null || !message.isDue(clock.instant())) {
            return null;
        }
        message.claim(clock.instant());
        em.flush();
        return message;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void complete(Long messageId, String error) {
        OutboxMessage message = em.find(OutboxMessage.class, messageId);
        if (message == null) {
            return;
        }
        if (error == null) {
            message.markSent(clock.instant());
        } else {
            message.markFailed(error, clock.instant());
        }
    }

    private MimeMessage toMime(OutboxMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(mailSession);
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(message.getRecipient(), true));
        mime.setSubject(message.getSubject(), "UTF-8");
        mime.setSentDate(new Date());
        if (message.getListUnsubscribe() != null) {
            // RFC 2369 / 8058: the client's unsubscribe button POSTs "List-Unsubscribe=One-Click" to the URL
            mime.setHeader("List-Unsubscribe", "<" + message.getListUnsubscribe() + ">");
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.getBodyText(), "UTF-8");
        MimeMultipart body;
        if (message.getBodyHtml() == null) {
            body = new MimeMultipart(text);
        } else {
            MimeBodyPart html = new MimeBodyPart();
            html.setContent(message.getBodyHtml(), "text/html; charset=UTF-8");
            body = new MimeMultipart("alternative", text, html);
        }
        if (message.getAttachmentContent() == null) {
            mime.setContent(body);
        } else {
            // mixed: the readable alternatives, then the attachment (calendars read its method parameter)
            MimeBodyPart alternatives = new MimeBodyPart();
            alternatives.setContent(body);
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(
                    message.getAttachmentContent().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    message.getAttachmentType())));
            attachment.setFileName(message.getAttachmentName());
            mime.setContent(new MimeMultipart("mixed", alternatives, attachment));
        }
        return mime;
    }
}
