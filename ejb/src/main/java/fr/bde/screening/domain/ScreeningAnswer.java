package fr.bde.screening.domain;

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

/**
 * An applicant's answer to one question. The question's text is kept with it: the record stays
 * readable if the recruiter later removes the question, and the candidate's next application to an
 * offer asking the same question starts from this answer.
 */
@Entity
@Table(name = "screening_answer")
public class ScreeningAnswer {

    public static final int ANSWER_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "screening_answer_seq")
    @SequenceGenerator(name = "screening_answer_seq", sequenceName = "screening_answer_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    private JobApplication application;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id")
    private ScreeningQuestion question;

    @Column(name = "question_text", nullable = false, length = ScreeningQuestion.TEXT_MAX)
    private String questionText;

    @Column(name = "question_key", nullable = false, length = ScreeningQuestion.TEXT_MAX)
    private String questionKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private QuestionKind kind;

    @Column(name = "answer", nullable = false, length = ANSWER_MAX)
    private String answer;

    @Column(name = "knocked_out", nullable = false)
    private boolean knockedOut;

    protected ScreeningAnswer() {
    }

    /** Records a canonical answer and whether it fails the question's knock-out criterion. */
    public ScreeningAnswer(JobApplication application, ScreeningQuestion question, String canonicalAnswer) {
        this.application = application;
        this.question = question;
        this.questionText = question.getText();
        this.questionKey = QuestionKey.of(question.getText());
        this.kind = question.getKind();
        this.answer = canonicalAnswer;
        this.knockedOut = question.rule().knocksOut(canonicalAnswer);
    }

    public Long getId() {
        return id;
    }

    public JobApplication getApplication() {
        return application;
    }

    public ScreeningQuestion getQuestion() {
        return question;
    }

    public String getQuestionText() {
        return questionText;
    }

    public String getQuestionKey() {
        return questionKey;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public String getAnswer() {
        return answer;
    }

    public boolean isKnockedOut() {
        return knockedOut;
    }
}
