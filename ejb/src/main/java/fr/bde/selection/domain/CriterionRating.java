package fr.bde.selection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** One criterion of a report and its rating, 1 (insufficient) to 5 (excellent). */
@Embeddable
public class CriterionRating implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int CRITERION_MAX = 100;
    public static final int MIN = 1;
    public static final int MAX = 5;

    @Column(name = "criterion", nullable = false, length = CRITERION_MAX)
    private String criterion;

    @Column(name = "rating", nullable = false)
    private int rating;

    protected CriterionRating() {
    }

    public CriterionRating(String criterion, int rating) {
        if (criterion == null || criterion.isBlank() || criterion.strip().length() > CRITERION_MAX) {
            throw new IllegalArgumentException("criterion");
        }
        if (rating < MIN || rating > MAX) {
            throw new IllegalArgumentException("rating " + rating);
        }
        this.criterion = criterion.strip();
        this.rating = rating;
    }

    public String getCriterion() {
        return criterion;
    }

    public int getRating() {
        return rating;
    }
}
