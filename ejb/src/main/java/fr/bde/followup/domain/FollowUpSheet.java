package fr.bde.followup.domain;

import fr.bde.security.domain.AppUser;
import fr.bde.talentpool.domain.Company;
import fr.bde.talentpool.domain.TalentProfile;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A follow-up sheet ("fiche SAR") of a candidate in a company's portfolio (seed 002): actions done,
 * result, no-response flag, recruitment section. Status and due date are never typed: they derive
 * from the result ({@link SheetResult}, {@link FollowUpSchedule}). One sheet per company and candidate.
 */
@Entity
@Table(name = "sar_sheet")
public class FollowUpSheet {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sar_sheet_seq")
    @SequenceGenerator(name = "sar_sheet_seq", sequenceName = "sar_sheet_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "company_id")
    private Company company;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "profile_id")
    private TalentProfile profile;

    /** The recruiter who created the sheet ("Recruteur"); any recruiter of the company may update it. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by")
    private AppUser createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_on", nullable = false)
    private LocalDate updatedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "result", nullable = false, length = 50)
    private SheetResult result;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private SheetStatus status;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "no_response", nullable = false)
    private boolean noResponse;

    @Column(name = "no_response_since")
    private LocalDate noResponseSince;

    @Column(name = "comment_text", length = SheetEdit.COMMENT_MAX)
    private String comment;

    @Column(name = "recruited_on")
    private LocalDate recruitedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "recruitment_contract", length = 30)
    private RecruitmentContract recruitmentContract;

    @Column(name = "contract_ends_on")
    private LocalDate contractEndsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "recruitment_state", length = 30)
    private RecruitmentState recruitmentState;

    @Column(name = "closed", nullable = false)
    private boolean closed;

    @ElementCollection
    @CollectionTable(name = "sar_sheet_action", joinColumns = @JoinColumn(name = "sheet_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "action", length = 40)
    private Set<SheetAction> actions = EnumSet.noneOf(SheetAction.class);

    @ElementCollection
    @CollectionTable(name = "sar_sheet_rejection_cause", joinColumns = @JoinColumn(name = "sheet_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "cause", length = 40)
    private Set<RejectionCause> rejectionCauses = EnumSet.noneOf(RejectionCause.class);

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected FollowUpSheet() {
    }

    /** A sheet created by a quick action of the pool synthesis: the profile was studied. */
    public FollowUpSheet(Company company, TalentProfile profile, AppUser createdBy, QuickAction quickAction,
                         Instant now, LocalDate today) {
        this.company = company;
        this.profile = profile;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.actions.add(SheetAction.PROFILE_STUDY);
        this.result = quickAction.result();
        touch(now, today);
        FollowUpSchedule.Outcome outcome = FollowUpSchedule.afterEdit(result, null, true, true, today, Optional.empty());
        this.status = outcome.status();
        this.dueDate = outcome.dueDate().orElse(null);
        this.closed = result.closesSheet();
    }

    /** The seed's rules for this edit: the mandatory sections, and "no response" must be unticked before moving on. */
    public List<SheetEdit.Violation> check(SheetEdit edit) {
        List<SheetEdit.Violation> violations = new ArrayList<>(edit.violations());
        if (edit.noResponse() && edit.result() != null && edit.result() != result
                && edit.result() != SheetResult.FILE_ABANDONED) {
            violations.add(new SheetEdit.Violation("noResponse", "sar.sheet.error.untickNoResponse"));
        }
        return violations;
    }

    /**
     * Applies a checked edit made {@code today}; recomputes status and due date by the seed's rules.
     * Returns true when "no response" has just been ticked (the partner and the commission are told).
     */
    public boolean apply(SheetEdit edit, Instant now, LocalDate today) {
        if (!check(edit).isEmpty()) {
            throw new IllegalArgumentException("unchecked edit " + check(edit));
        }
        SheetRecruitment recruitment = edit.result().requiresRecruitmentSection() ? edit.recruitment() : SheetRecruitment.NONE;
        boolean resultChanged = edit.result() != result || recruitment.state() != recruitmentState;
        boolean actionsChanged = !edit.actions().equals(Set.copyOf(actions));
        FollowUpSchedule.Outcome outcome = FollowUpSchedule.afterEdit(edit.result(), recruitment.state(), resultChanged,
                actionsChanged, today, Optional.ofNullable(dueDate));
        boolean noResponseRaised = edit.noResponse() && !noResponse;
        this.result = edit.result();
        this.status = outcome.status();
        this.dueDate = outcome.dueDate().orElse(null);
        replace(actions, edit.actions());
        replace(rejectionCauses, edit.result().requiresRejectionCause() ? edit.rejectionCauses() : Set.of());
        this.recruitedOn = recruitment.recruitedOn();
        this.recruitmentContract = recruitment.contract();
        this.contractEndsOn = recruitment.contract() != null && recruitment.contract().isFixedTerm()
                ? recruitment.contractEndsOn() : null;
        this.recruitmentState = recruitment.state();
        this.comment = edit.comment();
        this.noResponse = edit.noResponse();
        this.noResponseSince = edit.noResponse() ? (noResponseRaised ? today : noResponseSince) : null;
        this.closed = edit.result().closesSheet();
        touch(now, today);
        return noResponseRaised;
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.clear();
        target.addAll(values);
    }

    private void touch(Instant now, LocalDate today) {
        this.updatedAt = now;
        this.updatedOn = today;
    }

    /** Overdue from the due date on, whatever the job has marked yet. */
    public boolean isOverdueOn(LocalDate today) {
        return FollowUpSchedule.isOverdue(Optional.ofNullable(dueDate), today);
    }

    public SheetRecruitment getRecruitment() {
        return new SheetRecruitment(recruitedOn, recruitmentContract, contractEndsOn, recruitmentState);
    }

    public Long getId() { return id; }
    public Company getCompany() { return company; }
    public TalentProfile getProfile() { return profile; }
    public AppUser getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public LocalDate getUpdatedOn() { return updatedOn; }
    public SheetResult getResult() { return result; }
    public SheetStatus getStatus() { return status; }
    public LocalDate getDueDate() { return dueDate; }
    public boolean isNoResponse() { return noResponse; }
    public LocalDate getNoResponseSince() { return noResponseSince; }
    public String getComment() { return comment; }
    public boolean isClosed() { return closed; }
    public Set<SheetAction> getActions() { return actions.isEmpty() ? EnumSet.noneOf(SheetAction.class) : EnumSet.copyOf(actions); }
    public Set<RejectionCause> getRejectionCauses() {
        return rejectionCauses.isEmpty() ? EnumSet.noneOf(RejectionCause.class) : EnumSet.copyOf(rejectionCauses);
    }
    public int getVersion() { return version; }

    @Override
    public boolean equals(Object o) {
        return o instanceof FollowUpSheet other && id != null && id.equals(other.getId());
    }

    @Override
    public int hashCode() {
        return FollowUpSheet.class.hashCode();
    }
}
