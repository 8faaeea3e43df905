package fr.bde.jobapplication.domain;

import fr.bde.offer.domain.JobOffer;
import fr.bde.security.domain.AppUser;
import jakarta.persistence.Basic;
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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A candidate's application to one offer (candidature). */
@Entity
@Table(name = "job_application")
public class JobApplication {

    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    public static final int COVER_LETTER_MAX = 10000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_application_seq")
    @SequenceGenerator(name = "job_application_seq", sequenceName = "job_application_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offer_id")
    private JobOffer offer;

    @Column(name = "first_name", nullable = false, length = NAME_MAX)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = NAME_MAX)
    private String lastName;

    @Column(name = "email", nullable = false, length = EMAIL_MAX)
    private String email;

    @Column(name = "cover_letter", length = COVER_LETTER_MAX)
    private String coverLetter;

    @Column(name = "cv_file_name", nullable = false)
    private String cvFileName;

    @Column(name = "cv_content_type", nullable = false)
    private String cvContentType;

    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "cv_content", nullable = false)
    private byte[] cvContent;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ApplicationStatus status = ApplicationStatus.SUBMITTED;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    /** The candidate's account when the application was made while logged in; null for a visitor. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "candidate_id")
    private AppUser candidate;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    /** The selection step the recruiter last moved it to; null while just received. */
    @Enumerated(EnumType.STRING)
    @Column(name = "selection_step", length = 20)
    private fr.bde.selection.domain.SelectionStep step;

    @Column(name = "step_changed_at")
    private Instant stepChangedAt;

    /** A rejection on criteria: when its held mail is due (the candidate learns of it then). */
    @Column(name = "rejection_notice_at")
    private Instant rejectionNoticeAt;

    /** The held rejection mail (outbox id), deleted if the rejection is cancelled before it leaves. */
    @Column(name = "rejection_message_id")
    private Long rejectionMessageId;

    protected JobApplication() {
    }

    public JobApplication(JobOffer offer, String firstName, String lastName, String email, String coverLetter,
                          String cvFileName, DocumentType cvType, byte[] cvContent, Instant submittedAt) {
        this.offer = offer;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.coverLetter = coverLetter;
        this.cvFileName = cvFileName;
        this.cvContentType = cvType.getMediaType();
        this.cvContent = cvContent;
        this.submittedAt = submittedAt;
    }

    /** Links the application to the account of the candidate who made it while logged in. */
    public void belongTo(AppUser account) {
        this.candidate = account;
    }

    public boolean isOwnedBy(AppUser account) {
        return candidate != null && account != null && candidate.getId().equals(account.getId());
    }

    /** The candidate withdraws: the recruiter sees it in the list, nothing is deleted. */
    public void withdraw(Instant now) {
        if (!isOpen() && !isRejectionHeld(now)) {
            throw new IllegalStateException("application " + id + " is " + status + ": it cannot be withdrawn");
        }
        status = ApplicationStatus.WITHDRAWN;
        withdrawnAt = now;
        rejectionNoticeAt = null;
        rejectionMessageId = null;
    }

    /** Still under consideration: neither withdrawn nor decided (rejected or hired), so it may be withdrawn. */
    public boolean isOpen() {
        return status == ApplicationStatus.SUBMITTED;
    }

    /** A knock-out answer failed and the offer rejects automatically on criteria; the mail is held until {@code noticeAt}. */
    public void rejectOnCriteria(Instant now, Instant noticeAt, Long messageId) {
        status = ApplicationStatus.REJECTED;
        step = fr.bde.selection.domain.SelectionStep.REJECTION;
        stepChangedAt = now;
        rejectionNoticeAt = noticeAt;
        rejectionMessageId = messageId;
    }

    /** Rejected on criteria and its mail not yet due: the candidate still sees it under review. */
    public boolean isRejectionHeld(Instant now) {
        return isRejectionHeld(status, rejectionNoticeAt, now);
    }

    /** The same rule for a projection of the columns (the candidate's list rows). */
    public static boolean isRejectionHeld(ApplicationStatus status, Instant rejectionNoticeAt, Instant now) {
        return status == ApplicationStatus.REJECTED && rejectionNoticeAt != null && rejectionNoticeAt.isAfter(now);
    }

    /** The recruiter cancels a held rejection on criteria: back to received, as if just submitted. */
    public void reinstate(Instant now) {
        if (!isRejectionHeld(now)) {
            throw new IllegalStateException("application " + id + " has no held rejection");
        }
        status = ApplicationStatus.SUBMITTED;
        step = null;
        stepChangedAt = now;
        rejectionNoticeAt = null;
        rejectionMessageId = null;
    }

    public Instant getRejectionNoticeAt() {
        return rejectionNoticeAt;
    }

    public Long getRejectionMessageId() {
        return rejectionMessageId;
    }

    /** The recruiter moves it to a selection step (any order, see SelectionStep); refused with a message key. */
    public void takeStep(fr.bde.selection.domain.SelectionStep next, Instant now) {
        next.refusal(status, step).ifPresent(key -> {
            throw new fr.bde.common.BusinessException(null, key, firstName + " " + lastName);
        });
        step = next;
        stepChangedAt = now;
        status = next.getStatus();
    }

    public fr.bde.selection.domain.SelectionStep getStep() {
        return step;
    }

    public Instant getStepChangedAt() {
        return stepChangedAt;
    }

    public Long getId() {
        return id;
    }

    public JobOffer getOffer() {
        return offer;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public String getCoverLetter() {
        return coverLetter;
    }

    public String getCvFileName() {
        return cvFileName;
    }

    public String getCvContentType() {
        return cvContentType;
    }

    public byte[] getCvContent() {
        return cvContent;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public AppUser getCandidate() {
        return candidate;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
