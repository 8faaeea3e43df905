package fr.bde.screening.domain;

import fr.bde.offer.domain.JobOffer;
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
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/** A question the recruiter asks every applicant of an offer, optionally a knock-out criterion. */
@Entity
@Table(name = "screening_question")
public class ScreeningQuestion {

    public static final int TEXT_MAX = 300;
    public static final int CHOICES_MAX = 2000;
    public static final int MAX_PER_OFFER = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "screening_question_seq")
    @SequenceGenerator(name = "screening_question_seq", sequenceName = "screening_question_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "offer_id")
    private JobOffer offer;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private QuestionKind kind;

    /** The choices, one per line. */
    @Column(name = "choices", length = CHOICES_MAX)
    private String choices;

    @Column(name = "knock_out", nullable = false)
    private boolean knockOut;

    @Column(name = "expected_yes")
    private Boolean expectedYes;

    /** The choices passing the knock-out criterion, one per line. */
    @Column(name = "allowed_choices", length = CHOICES_MAX)
    private String allowedChoices;

    @Column(name = "min_value", precision = 12, scale = 2)
    private BigDecimal minValue;

    @Column(name = "max_value", precision = 12, scale = 2)
    private BigDecimal maxValue;

    protected ScreeningQuestion() {
    }

    public ScreeningQuestion(JobOffer offer, int position, String text, KnockOutRule rule) {
        this.offer = offer;
        this.position = position;
        this.text = text;
        this.kind = rule.kind();
        this.choices = rule.choices().isEmpty() ? null : String.join("\n", rule.choices());
        this.knockOut = rule.knockOut();
        this.expectedYes = rule.knockOut() && rule.kind() == QuestionKind.YES_NO ? rule.expectedYes() : null;
        this.allowedChoices = rule.knockOut() && rule.kind() == QuestionKind.SINGLE_CHOICE
                ? String.join("\n", rule.choices().stream().filter(rule.allowedChoices()::contains).toList()) : null;
        this.minValue = rule.knockOut() && rule.kind() == QuestionKind.NUMBER ? rule.min() : null;
        this.maxValue = rule.knockOut() && rule.kind() == QuestionKind.NUMBER ? rule.max() : null;
    }

    public KnockOutRule rule() {
        return new KnockOutRule(kind, lines(choices), knockOut, expectedYes, new LinkedHashSet<>(lines(allowedChoices)),
                minValue, maxValue);
    }

    static List<String> lines(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }

    public Long getId() {
        return id;
    }

    public JobOffer getOffer() {
        return offer;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public List<String> getChoices() {
        return lines(choices);
    }

    public boolean isKnockOut() {
        return knockOut;
    }

    public Boolean getExpectedYes() {
        return expectedYes;
    }

    public List<String> getAllowedChoices() {
        return lines(allowedChoices);
    }

    public BigDecimal getMinValue() {
        return minValue;
    }

    public BigDecimal getMaxValue() {
        return maxValue;
    }
}
