package fr.bde.mail.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * An e-mail waiting in the outbox. Stored in the transaction of the change that causes it,
 * sent afterwards; a failed send is retried with a growing delay, then given up.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    public enum Status { PENDING, SENDING, SENT, FAILED }

    /** A claim not completed within this delay (node crash) makes the message due again. */
    public static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(10);

    public static final int MAX_ATTEMPTS = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_message_seq")
    @SequenceGenerator(name = "outbox_message_seq", sequenceName = "outbox_message_seq", allocationSize = 50)
    private Long id;

    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient;

    @Column(name = "subject", nullable = false, length = 300)
    private String subject;

    @Column(name = "body_text", nullable = false, length = 20000)
    private String bodyText;

    @Column(name = "body_html", length = 40000)
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status = Status.PENDING;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** One-click unsubscribe URL (RFC 8058), sent as the List-Unsubscribe header; null for most mails. */
    @Column(name = "list_unsubscribe", length = 600)
    private String listUnsubscribe;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The administrator who last put a failed message back in the queue, and when. */
    @Column(name = "resent_by", length = 100)
    private String resentBy;

    @Column(name = "resent_at")
    private Instant resentAt;

    /** An attachment sent with the message, such as an iCalendar invitation (text only). */
    @Column(name = "attachment_name", length = 100)
    private String attachmentName;

    @Column(name = "attachment_type", length = 100)
    private String attachmentType;

    @Column(name = "attachment_content", length = 20000)
    private String attachmentContent;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected OutboxMessage() {
    }

    public OutboxMessage(String recipient, String subject, String bodyText, String bodyHtml, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.bodyText = bodyText;
        this.bodyHtml = bodyHtml;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Not to be sent before {@code notBefore} (a rejection mail held for a delay): the sender skips it until then. */
    public void holdUntil(Instant notBefore) {
        if (notBefore.isAfter(nextAttemptAt)) {
            nextAttemptAt = notBefore;
        }
    }

    /** The mail offers a one-click unsubscribe (alert digests): mail clients show their own button. */
    public void unsubscribeAt(String url) {
        this.listUnsubscribe = url;
    }

    public String getListUnsubscribe() {
        return listUnsubscribe;
    }

    public void attach(String name, String contentType, String content) {
        this.attachmentName = name;
        this.attachmentType = contentType;
        this.attachmentContent = content;
    }

    public String getAttachmentName() {
        return attachmentName;
    }

    public String getAttachmentType() {
        return attachmentType;
    }

    public String getAttachmentContent() {
        return attachmentContent;
    }

    public boolean isDue(Instant now) {
        return (status == Status.PENDING || status == Status.SENDING) && !nextAttemptAt.isAfter(now);
    }

    public void claim(Instant now) {
        status = Status.SENDING;
        nextAttemptAt = now.plus(CLAIM_TIMEOUT);
    }

    public void markSent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        attempts++;
        lastError = null;
    }

    /** Retry after 1, 2, 4 … minutes; after {@link #MAX_ATTEMPTS} the message is FAILED for an admin to re-send. */
    public void markFailed(String error, Instant now) {
        attempts++;
        lastError = error == null ? "?" : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
        } else {
            status = Status.PENDING;
            nextAttemptAt = now.plus(backoff(attempts));
        }
    }

    /** An administrator sends a failed message again: a fresh series of attempts, starting now. */
    public void resend(String by, Instant now) {
        if (status != Status.FAILED) {
            throw new IllegalStateException("message " + id + " is " + status);
        }
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        resentBy = by;
        resentAt = now;
    }

    static Duration backoff(int attempts) {
        return Duration.ofMinutes(1L << Math.min(attempts - 1, 10));
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getResentBy() {
        return resentBy;
    }

    public Instant getResentAt() {
        return resentAt;
    }
}
