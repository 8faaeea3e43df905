package fr.bde.web.recruiter;

import fr.bde.common.BusinessException;
import fr.bde.jobapplication.domain.ApplicationStatus;
import fr.bde.jobapplication.service.ApplicationRow;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.service.OfferService;
import fr.bde.screening.domain.QuestionKind;
import fr.bde.screening.domain.ScreeningQuestion;
import fr.bde.screening.service.AnswerFilter;
import fr.bde.screening.service.ScreeningService;
import fr.bde.selection.domain.MessageDraft;
import fr.bde.selection.domain.MessageTemplate;
import fr.bde.selection.domain.SelectionStep;
import fr.bde.selection.service.ApplicationFilter;
import fr.bde.selection.service.SelectionService;
import fr.bde.web.Messages;
import fr.bde.web.common.PagedRows;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Applications received for one offer (/recruteur/candidatures.xhtml?offre=…): filters, sorting, paging
 * in the database, and bulk actions on the chosen rows (move to a step, reject with a message, message).
 */
@Named
@ViewScoped
public class ApplicationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String BULK_FORM = "applicationsForm";

    /** What a bulk action does: move to a step (with or without a message), or only send a message. */
    public enum BulkAction { STEP, MESSAGE }

    @Inject
    private OfferService offers;

    @Inject
    private SelectionService selection;

    @Inject
    private ScreeningService screening;

    private Long offerId;
    private String offerReference;
    private String offerTitle;
    private final ApplicationFilter filter = new ApplicationFilter();
    private List<ApplicationRow> selected = new ArrayList<>();
    private BulkAction action = BulkAction.STEP;
    private SelectionStep step = SelectionStep.PRESELECTION;
    private boolean withMessage;
    private String subject;
    private String body;

    // the filter on the answers to the offer's questions: "questionId|answer", and knock-out failed or passed
    private String answer;
    private Boolean knockedOut;
    private List<AnswerChoice> answerChoices = List.of();

    /** One item of the answer filter: a yes/no or choice question with one of its answers. */
    public record AnswerChoice(String value, String question, String answer) implements Serializable {
    }

    /** Ticked rows are found back among the page shown (the bulk action works on the current page). */
    private final PagedRows<ApplicationRow> rows = new PagedRows<>(
            page -> selection.list(offerId, effectiveFilter(), page), ApplicationRow::id) {
        private static final long serialVersionUID = 1L;

        @Override
        public ApplicationRow getRowData(String rowKey) {
            List<ApplicationRow> shown = getWrappedData();
            return shown == null ? null : shown.stream().filter(r -> String.valueOf(r.id()).equals(rowKey))
                    .findFirst().orElse(null);
        }
    };

    /** viewAction: another organisation's offer, or a restricted team without the caller, gives a 403. */
    public void load() {
        JobOffer offer = offers.getForRecruiter(offerId);
        selection.settings(offerId);
        offerReference = offer.getReference();
        offerTitle = offer.getTitle();
        answerChoices = answerChoicesOf(screening.questions(offerId));
        prepare();
    }

    private static List<AnswerChoice> answerChoicesOf(List<ScreeningQuestion> questions) {
        List<AnswerChoice> choices = new ArrayList<>();
        for (ScreeningQuestion q : questions) {
            List<String> answers = q.getKind() == QuestionKind.YES_NO ? List.of("true", "false")
                    : q.getKind() == QuestionKind.SINGLE_CHOICE ? q.getChoices() : List.of();
            for (String a : answers) {
                choices.add(new AnswerChoice(q.getId() + "|" + a, q.getText(), a));
            }
        }
        return choices;
    }

    private ApplicationFilter effectiveFilter() {
        Long question = null;
        String given = null;
        if (answer != null && answer.contains("|")) {
            question = Long.valueOf(answer.substring(0, answer.indexOf('|')));
            given = answer.substring(answer.indexOf('|') + 1);
        }
        AnswerFilter answers = new AnswerFilter(question, given, knockedOut);
        return answers.isEmpty() ? filter : filter.with(answers);
    }

    /** Fills the message with the default template of the chosen action, for the recruiter to edit. */
    public void prepare() {
        MessageDraft draft = selection.defaultMessage(action == BulkAction.MESSAGE
                ? MessageTemplate.MESSAGE : MessageTemplate.of(step));
        subject = draft.subject();
        body = draft.body();
        withMessage = action == BulkAction.MESSAGE || step.isMessageByDefault();
    }

    public void search() {
        selected = new ArrayList<>();
    }

    public void reset() {
        filter.setStatus(null);
        filter.setStep(null);
        filter.setFrom(null);
        filter.setTo(null);
        filter.setKeyword(null);
        answer = null;
        knockedOut = null;
        search();
    }

    public void apply() {
        List<Long> ids = selected == null ? List.of() : selected.stream().map(ApplicationRow::id).toList();
        try {
            MessageDraft message = new MessageDraft(subject, body);
            int done = action == BulkAction.MESSAGE
                    ? selection.sendMessage(offerId, ids, message)
                    : selection.moveTo(offerId, ids, step, withMessage ? message : null);
            Messages.info(action == BulkAction.MESSAGE ? "selection.bulk.sent" : "selection.bulk.moved", done,
                    Messages.text("SelectionStep." + step.name()));
            selected = new ArrayList<>();
        } catch (BusinessException e) {
            SelectionForms.error(BULK_FORM, e);
        }
    }

    public List<ApplicationStatus> getStatuses() {
        return Arrays.asList(ApplicationStatus.values());
    }

    public List<ApplicationFilter.StepFilter> getStepFilters() {
        return Arrays.asList(ApplicationFilter.StepFilter.values());
    }

    public List<SelectionStep> getSteps() {
        return Arrays.asList(SelectionStep.values());
    }

    public List<BulkAction> getActions() {
        return Arrays.asList(BulkAction.values());
    }

    public PagedRows<ApplicationRow> getRows() {
        return rows;
    }

    public List<AnswerChoice> getAnswerChoices() {
        return answerChoices;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public Boolean getKnockedOut() {
        return knockedOut;
    }

    public void setKnockedOut(Boolean knockedOut) {
        this.knockedOut = knockedOut;
    }

    public ApplicationFilter getFilter() {
        return filter;
    }

    public List<ApplicationRow> getSelected() {
        return selected;
    }

    public void setSelected(List<ApplicationRow> selected) {
        this.selected = selected;
    }

    public Long getOfferId() {
        return offerId;
    }

    public void setOfferId(Long offerId) {
        this.offerId = offerId;
    }

    public String getOfferReference() {
        return offerReference;
    }

    public String getOfferTitle() {
        return offerTitle;
    }

    public BulkAction getAction() {
        return action;
    }

    public void setAction(BulkAction action) {
        this.action = action;
    }

    public SelectionStep getStep() {
        return step;
    }

    public void setStep(SelectionStep step) {
        this.step = step;
    }

    public boolean isWithMessage() {
        return withMessage;
    }

    public void setWithMessage(boolean withMessage) {
        this.withMessage = withMessage;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
