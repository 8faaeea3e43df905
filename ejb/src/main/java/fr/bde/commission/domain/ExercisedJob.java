package fr.bde.commission.domain;

import fr.bde.talentpool.domain.TalentProfile;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A job the candidate exercised, as the commission recorded it: still held or ended on a day, and
 * possibly tied to a validated training. Only recent ones ({@link RecentJobRule}) are listed.
 */
@Entity
@Table(name = "sar_exercised_job")
public class ExercisedJob {

    public static final int TRAINING_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sar_exercised_job_seq")
    @SequenceGenerator(name = "sar_exercised_job_seq", sequenceName = "sar_exercised_job_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "profile_id")
    private TalentProfile profile;

    @Column(name = "job_code", nullable = false, length = 20)
    private String jobCode;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "training_label", length = TRAINING_MAX)
    private String trainingLabel;

    @Column(name = "training_validated_on")
    private LocalDate trainingValidatedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ExercisedJob() {
    }

    public ExercisedJob(TalentProfile profile, String jobCode, LocalDate endedOn, String trainingLabel,
                        LocalDate trainingValidatedOn, Instant createdAt) {
        this.profile = profile;
        this.jobCode = jobCode;
        this.endedOn = endedOn;
        this.trainingLabel = trainingLabel;
        this.trainingValidatedOn = trainingValidatedOn;
        this.createdAt = createdAt;
    }

    public boolean isRecent(LocalDate today) {
        return RecentJobRule.isRecent(endedOn, trainingValidatedOn, today);
    }

    public Long getId() {
        return id;
    }

    public TalentProfile getProfile() {
        return profile;
    }

    public String getJobCode() {
        return jobCode;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getTrainingLabel() {
        return trainingLabel;
    }

    public LocalDate getTrainingValidatedOn() {
        return trainingValidatedOn;
    }
}
