package fr.bde.selection.service;

import fr.bde.jobapplication.domain.ApplicationStatus;
import fr.bde.selection.domain.SelectionStep;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the recruiter filters an offer's applications on: status, step ("received" = no step yet),
 * submission dates (inclusive), a keyword on the name, and further criteria (answers) added by
 * other features. Every field is optional.
 */
public class ApplicationFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The step filter: a step, or applications not yet moved to any step. */
    public enum StepFilter { RECEIVED, PRESELECTION, INTERVIEW, REJECTION, HIRING;

        public SelectionStep step() {
            return this == RECEIVED ? null : SelectionStep.valueOf(name());
        }
    }

    private ApplicationStatus status;
    private StepFilter step;
    private LocalDate from;
    private LocalDate to;
    private String keyword;
    private final List<ApplicationCriterion> criteria = new ArrayList<>();

    public static ApplicationFilter none() {
        return new ApplicationFilter();
    }

    public ApplicationFilter status(ApplicationStatus value) {
        this.status = value;
        return this;
    }

    public ApplicationFilter step(StepFilter value) {
        this.step = value;
        return this;
    }

    public ApplicationFilter submittedBetween(LocalDate first, LocalDate last) {
        this.from = first;
        this.to = last;
        return this;
    }

    public ApplicationFilter keyword(String value) {
        this.keyword = value;
        return this;
    }

    /** The same filter with one more criterion, this one unchanged (a screen keeps its form's filter as typed). */
    public ApplicationFilter with(ApplicationCriterion criterion) {
        ApplicationFilter copy = new ApplicationFilter().status(status).step(step).submittedBetween(from, to).keyword(keyword);
        copy.criteria.addAll(criteria);
        return copy.and(criterion);
    }

    public ApplicationFilter and(ApplicationCriterion criterion) {
        criteria.add(criterion);
        return this;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status;
    }

    public StepFilter getStep() {
        return step;
    }

    public void setStep(StepFilter step) {
        this.step = step;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getKeyword() {
        return keyword;
    }

    public void setKeyword(String keyword) {
        this.keyword = keyword;
    }

    public List<ApplicationCriterion> getCriteria() {
        return List.copyOf(criteria);
    }
}
