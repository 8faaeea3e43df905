package fr.bde.selection.domain;

import fr.bde.jobapplication.domain.JobApplication;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A step or interview report (compte rendu): rated criteria and a free text. */
@Entity
@Table(name = "step_report")
public class StepReport {

    public static final int COMMENT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "step_report_seq")
    @SequenceGenerator(name = "step_report_seq", sequenceName = "step_report_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private JobApplication application;

    /** The interview reported on; null for a step report. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "interview_id")
    private Interview interview;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false, length = 20)
    private SelectionStep step;

    @Column(name = "author", nullable = false, length = 100)
    private String author;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "comment", length = COMMENT_MAX)
    private String comment;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "step_report_rating", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<CriterionRating> ratings = new ArrayList<>();

    protected StepReport() {
    }

    public StepReport(JobApplication application, Interview interview, SelectionStep step, List<CriterionRating> ratings,
                      String comment, String author, Instant createdAt) {
        this.application = application;
        this.interview = interview;
        this.step = step;
        this.ratings = new ArrayList<>(ratings);
        this.comment = comment;
        this.author = author;
        this.createdAt = createdAt;
    }

    /** The mean rating, one decimal; 0 without criteria. */
    public double average() {
        return Math.round(ratings.stream().mapToInt(CriterionRating::getRating).average().orElse(0) * 10) / 10.0;
    }

    public Long getId() {
        return id;
    }

    public JobApplication getApplication() {
        return application;
    }

    public Interview getInterview() {
        return interview;
    }

    public SelectionStep getStep() {
        return step;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getComment() {
        return comment;
    }

    public List<CriterionRating> getRatings() {
        return List.copyOf(ratings);
    }
}
