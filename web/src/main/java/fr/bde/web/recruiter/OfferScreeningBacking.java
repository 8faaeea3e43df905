package fr.bde.web.recruiter;

import fr.bde.common.BusinessException;
import fr.bde.jobapplication.service.ApplicationRejectedException;
import fr.bde.screening.domain.QuestionDraft;
import fr.bde.screening.domain.QuestionKind;
import fr.bde.screening.domain.ScreeningQuestion;
import fr.bde.screening.service.ScreeningService;
import fr.bde.screening.service.ScreeningSettings;
import fr.bde.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The "Questions" tab of an offer: screening questions with their knock-out criteria, and the
 * automatic rejection on criteria with the delay of its mail.
 */
@Named
@ViewScoped
public class OfferScreeningBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String QUESTION_FORM = "questionForm";
    static final String SETTINGS_FORM = "screeningSettingsForm";

    @Inject
    private ScreeningService screening;

    @Inject
    private OfferEditBacking offer;

    private transient List<ScreeningQuestion> questions;
    private String text;
    private QuestionKind kind = QuestionKind.YES_NO;
    private String choices;
    private boolean knockOut;
    private String expected;
    private String allowedChoices;
    private String min;
    private String max;
    private Boolean autoReject;
    private Integer delayHours;

    public List<ScreeningQuestion> getQuestions() {
        if (questions == null) {
            questions = screening.questions(offer.getId());
        }
        return questions;
    }

    public String add() {
        try {
            Boolean expectedYes = expected == null || expected.isEmpty() ? null : Boolean.valueOf(expected);
            screening.addQuestion(offer.getId(), new QuestionDraft(text, kind, choices, knockOut, expectedYes,
                    allowedChoices, min, max));
            return done("screening.question.added", text.strip());
        } catch (ApplicationRejectedException e) {
            e.getProblems().forEach(problem -> Messages.error(QUESTION_FORM, problem));
            return null;
        } catch (BusinessException e) {
            Messages.error(QUESTION_FORM, e);
            return null;
        }
    }

    public String remove(Long questionId, String questionText) {
        try {
            screening.removeQuestion(offer.getId(), questionId);
            return done("screening.question.removed", questionText);
        } catch (BusinessException e) {
            Messages.error(null, e);
            questions = null;
            return null;
        }
    }

    public String saveSettings() {
        try {
            ScreeningSettings saved = screening.changeSettings(offer.getId(), Boolean.TRUE.equals(autoReject), delayHours);
            return done(saved.autoReject() ? "screening.settings.savedOn" : "screening.settings.savedOff",
                    saved.rejectionDelayHours());
        } catch (BusinessException e) {
            Messages.error(SETTINGS_FORM, e);
            return null;
        }
    }

    private String done(String key, Object argument) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info(key, argument);
        return OfferTab.SCREENING.outcome(offer.getId());
    }

    /** The knock-out criterion of a question, in words. */
    public String criterion(ScreeningQuestion question) {
        if (!question.isKnockOut()) {
            return Messages.text("screening.criterion.none");
        }
        return switch (question.getKind()) {
            case YES_NO -> Messages.text("screening.criterion.yesNo", Messages.text(
                    Boolean.TRUE.equals(question.getExpectedYes()) ? "screening.answer.yes" : "screening.answer.no"));
            case SINGLE_CHOICE -> Messages.text("screening.criterion.choice", String.join(", ", question.getAllowedChoices()));
            case NUMBER -> Messages.text("screening.criterion.number", plain(question.getMinValue()), plain(question.getMaxValue()));
        };
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    private ScreeningSettings settings() {
        return screening.settings(offer.getId());
    }

    public QuestionKind[] getKinds() {
        return QuestionKind.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public QuestionKind getKind() {
        return kind;
    }

    public void setKind(QuestionKind kind) {
        this.kind = kind;
    }

    public String getChoices() {
        return choices;
    }

    public void setChoices(String choices) {
        this.choices = choices;
    }

    public boolean isKnockOut() {
        return knockOut;
    }

    public void setKnockOut(boolean knockOut) {
        this.knockOut = knockOut;
    }

    public String getExpected() {
        return expected;
    }

    public void setExpected(String expected) {
        this.expected = expected;
    }

    public String getAllowedChoices() {
        return allowedChoices;
    }

    public void setAllowedChoices(String allowedChoices) {
        this.allowedChoices = allowedChoices;
    }

    public String getMin() {
        return min;
    }

    public void setMin(String min) {
        this.min = min;
    }

    public String getMax() {
        return max;
    }

    public void setMax(String max) {
        this.max = max;
    }

    public boolean isAutoReject() {
        if (autoReject == null) {
            ScreeningSettings current = settings();
            autoReject = current.autoReject();
            delayHours = current.rejectionDelayHours();
        }
        return autoReject;
    }

    public void setAutoReject(boolean autoReject) {
        this.autoReject = autoReject;
    }

    public Integer getDelayHours() {
        if (delayHours == null) {
            isAutoReject();
        }
        return delayHours;
    }

    public void setDelayHours(Integer delayHours) {
        this.delayHours = delayHours;
    }
}
