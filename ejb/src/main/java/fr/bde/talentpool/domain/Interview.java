package fr.bde.talentpool.domain;

import fr.bde.security.domain.AppUser;
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

/** A commission interview ("audition") of a submitted job seeker. */
@Entity(name = "ProfileInterview")
@Table(name = "sar_interview")
public class Interview {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sar_interview_seq")
    @SequenceGenerator(name = "sar_interview_seq", sequenceName = "sar_interview_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "profile_id")
    private TalentProfile profile;

    @Column(name = "interviewed_on", nullable = false)
    private LocalDate interviewedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "interviewer_id")
    private AppUser interviewer;

    @Column(name = "notes", length = 4000)
    private String notes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Interview() {
    }

    public Interview(TalentProfile profile, LocalDate interviewedOn, AppUser interviewer, String notes, Instant createdAt) {
        this.profile = profile;
        this.interviewedOn = interviewedOn;
        this.interviewer = interviewer;
        this.notes = notes;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public TalentProfile getProfile() {
        return profile;
    }

    public LocalDate getInterviewedOn() {
        return interviewedOn;
    }

    public AppUser getInterviewer() {
        return interviewer;
    }

    public String getNotes() {
        return notes;
    }
}
