package fr.bde.selection.domain;

import fr.bde.jobapplication.domain.JobApplication;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an application's history: who did what and when, with the message sent if any. */
@Entity
@Table(name = "application_event")
public class ApplicationEvent {

    public static final int DETAIL_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_event_seq")
    @SequenceGenerator(name = "application_event_seq", sequenceName = "application_event_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private JobApplication application;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 30)
    private HistoryAction action;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "detail", length = DETAIL_MAX)
    private String detail;

    @Column(name = "message_subject", length = 300)
    private String messageSubject;

    @Column(name = "message_body", length = 10000)
    private String messageBody;

    protected ApplicationEvent() {
    }

    public ApplicationEvent(JobApplication application, HistoryAction action, String actor, Instant occurredAt,
                            String detail, MessageDraft message) {
        this.application = application;
        this.action = action;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.detail = detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX);
        if (message != null) {
            this.messageSubject = message.subject();
            this.messageBody = message.body();
        }
    }

    public Long getId() {
        return id;
    }

    public JobApplication getApplication() {
        return application;
    }

    public HistoryAction getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getDetail() {
        return detail;
    }

    public String getMessageSubject() {
        return messageSubject;
    }

    public String getMessageBody() {
        return messageBody;
    }
}
