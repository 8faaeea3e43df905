package fr.bde.approval.domain;

import fr.bde.offer.domain.JobOffer;
import fr.bde.organisation.domain.Organisation;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One approval of one version of an offer: its steps are answered in order; the first refusal ends
 * it, the last approval approves it.
 */
@Entity
@Table(name = "approval_process")
public class ApprovalProcess {

    public static final int MESSAGE_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "approval_process_seq")
    @SequenceGenerator(name = "approval_process_seq", sequenceName = "approval_process_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offer_id")
    private JobOffer offer;

    /** The offer's organisation, kept here so that lists are scoped without a join. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private ApprovalKind kind;

    @Column(name = "offer_version", nullable = false)
    private int offerVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ProcessStatus status = ProcessStatus.IN_PROGRESS;

    @Column(name = "message", nullable = false, length = MESSAGE_MAX)
    private String message;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "alert_requester", nullable = false)
    private boolean alertRequester;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "started_by", nullable = false, length = 100)
    private String startedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @OneToMany(mappedBy = "process", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<ApprovalStep> steps = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected ApprovalProcess() {
    }

    public ApprovalProcess(JobOffer offer, ApprovalKind kind, String message, LocalDate dueDate, boolean alertRequester,
                           String startedBy, Instant now) {
        this.offer = offer;
        this.organisation = offer.getOrganisation();
        this.kind = kind;
        this.offerVersion = offer.getContentVersion();
        this.message = message;
        this.dueDate = dueDate;
        this.alertRequester = alertRequester;
        this.startedBy = startedBy;
        this.startedAt = now;
    }

    /** Adds the next step; the first one is sent at once, the others wait their turn. */
    public ApprovalStep addStep(StepKind stepKind, Organisation approver, Instant now) {
        ApprovalStep step = new ApprovalStep(this, steps.size() + 1, stepKind, approver);
        if (steps.isEmpty()) {
            step.send(now);
        }
        steps.add(step);
        return step;
    }

    /**
     * Records the answer of the pending step; returns the next step now pending, if any.
     * A refusal ends the process; the last approval approves it.
     */
    public Optional<ApprovalStep> answer(ApprovalStep step, boolean approved, String by, String comment, Instant now) {
        if (status != ProcessStatus.IN_PROGRESS || step.getStatus() != StepStatus.PENDING || step.getProcess() != this) {
            throw new IllegalStateException("Step " + step.getId() + " is not pending");
        }
        step.answer(approved, by, comment, now);
        if (!approved) {
            end(ProcessStatus.REFUSED, now);
            steps.stream().filter(s -> s.getStatus() == StepStatus.WAITING).forEach(ApprovalStep::cancel);
            return Optional.empty();
        }
        Optional<ApprovalStep> next = steps.stream().filter(s -> s.getStatus() == StepStatus.WAITING).findFirst();
        next.ifPresentOrElse(s -> s.send(now), () -> end(ProcessStatus.APPROVED, now));
        return next;
    }

    public void cancel(Instant now) {
        steps.stream().filter(s -> s.getStatus() == StepStatus.WAITING || s.getStatus() == StepStatus.PENDING)
                .forEach(ApprovalStep::cancel);
        end(ProcessStatus.CANCELLED, now);
    }

    private void end(ProcessStatus result, Instant now) {
        this.status = result;
        this.endedAt = now;
    }

    public Optional<ApprovalStep> pendingStep() {
        return steps.stream().filter(s -> s.getStatus() == StepStatus.PENDING).findFirst();
    }

    public Long getId() {
        return id;
    }

    public JobOffer getOffer() {
        return offer;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public ApprovalKind getKind() {
        return kind;
    }

    public int getOfferVersion() {
        return offerVersion;
    }

    public ProcessStatus getStatus() {
        return status;
    }

    public String getMessage() {
        return message;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public boolean isAlertRequester() {
        return alertRequester;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public List<ApprovalStep> getSteps() {
        return steps;
    }
}
