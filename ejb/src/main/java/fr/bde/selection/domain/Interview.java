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
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * An interview with a candidate. Its iCalendar UID never changes, so the candidate's calendar updates
 * the same event; every reschedule or cancellation raises the SEQUENCE.
 */
@Entity
@Table(name = "interview")
public class Interview {

    public static final int PLACE_MAX = 300;
    public static final int LINK_MAX = 500;
    public static final int INTERVIEWERS_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "interview_seq")
    @SequenceGenerator(name = "interview_seq", sequenceName = "interview_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private JobApplication application;

    @Column(name = "uid", nullable = false, length = 100, unique = true)
    private String uid;

    @Column(name = "sequence_number", nullable = false)
    private int sequence;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "place", length = PLACE_MAX)
    private String place;

    @Column(name = "link", length = LINK_MAX)
    private String link;

    @Column(name = "interviewers", length = INTERVIEWERS_MAX)
    private String interviewers;

    @Column(name = "organiser", nullable = false, length = 100)
    private String organiser;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private InterviewStatus status = InterviewStatus.SCHEDULED;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Interview() {
    }

    public Interview(JobApplication application, String organiser, InterviewSlot slot) {
        this.application = application;
        this.organiser = organiser;
        this.uid = "entretien-" + UUID.randomUUID() + "@bde.ucanss.fr";
        apply(slot);
    }

    /** A new date, duration, place or panel: the same event, one SEQUENCE later. */
    public void reschedule(InterviewSlot slot) {
        requireScheduled();
        apply(slot);
        sequence++;
    }

    public void cancel() {
        requireScheduled();
        status = InterviewStatus.CANCELLED;
        sequence++;
    }

    private void requireScheduled() {
        if (status != InterviewStatus.SCHEDULED) {
            throw new IllegalStateException("interview " + id + " is " + status);
        }
    }

    private void apply(InterviewSlot slot) {
        this.startsAt = slot.startsAt();
        this.durationMinutes = slot.durationMinutes();
        this.place = slot.place();
        this.link = slot.link();
        this.interviewers = slot.interviewers();
    }

    public InterviewSlot slot() {
        return new InterviewSlot(startsAt, durationMinutes, place, link, interviewers);
    }

    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }

    /** Where the candidate goes: the place, and the link for a remote interview. */
    public String whereabouts() {
        return slot().whereabouts();
    }

    public Long getId() {
        return id;
    }

    public JobApplication getApplication() {
        return application;
    }

    public String getUid() {
        return uid;
    }

    public int getSequence() {
        return sequence;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getPlace() {
        return place;
    }

    public String getLink() {
        return link;
    }

    public String getInterviewers() {
        return interviewers;
    }

    public String getOrganiser() {
        return organiser;
    }

    public InterviewStatus getStatus() {
        return status;
    }

    public boolean isScheduled() {
        return status == InterviewStatus.SCHEDULED;
    }
}
