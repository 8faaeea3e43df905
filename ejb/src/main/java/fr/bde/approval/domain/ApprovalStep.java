package fr.bde.approval.domain;

import fr.bde.organisation.domain.Organisation;
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

/** One approver's answer within a process: EN3S, the national fund or Ucanss. */
@Entity
@Table(name = "approval_step")
public class ApprovalStep {

    public static final int COMMENT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_step_seq")
    @SequenceGenerator(name = "approval_step_seq", sequenceName = "approval_step_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "process_id")
    private ApprovalProcess process;

    @Column(name = "position", nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private StepKind kind;

    /** The organisation whose approvers answer (EN3S, CNAM, Ucanss, …). */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "approver_organisation_id")
    private Organisation approverOrganisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private StepStatus status = StepStatus.WAITING;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by", length = 100)
    private String answeredBy;

    @Column(name = "comment", length = COMMENT_MAX)
    private String comment;

    protected ApprovalStep() {
    }

    ApprovalStep(ApprovalProcess process, int position, StepKind kind, Organisation approverOrganisation) {
        this.process = process;
        this.position = position;
        this.kind = kind;
        this.approverOrganisation = approverOrganisation;
    }

    void send(Instant now) {
        this.status = StepStatus.PENDING;
        this.sentAt = now;
    }

    void answer(boolean approved, String by, String comment, Instant now) {
        this.status = approved ? StepStatus.APPROVED : StepStatus.REFUSED;
        this.answeredBy = by;
        this.answeredAt = now;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    void cancel() {
        this.status = StepStatus.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public ApprovalProcess getProcess() {
        return process;
    }

    public int getPosition() {
        return position;
    }

    public StepKind getKind() {
        return kind;
    }

    public Organisation getApproverOrganisation() {
        return approverOrganisation;
    }

    public StepStatus getStatus() {
        return status;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public String getComment() {
        return comment;
    }
}
