package fr.bde.web.recruiter;

import fr.bde.common.BusinessException;
import fr.bde.document.service.DocumentRow;
import fr.bde.jobapplication.domain.JobApplication;
import fr.bde.screening.service.AnswerView;
import fr.bde.screening.service.ScreeningService;
import fr.bde.selection.domain.ApplicationEvent;
import fr.bde.selection.domain.CriterionRating;
import fr.bde.selection.domain.Interview;
import fr.bde.selection.domain.InterviewSlot;
import fr.bde.selection.domain.MessageDraft;
import fr.bde.selection.domain.MessageTemplate;
import fr.bde.selection.domain.SelectionStep;
import fr.bde.selection.domain.StepReport;
import fr.bde.selection.service.SelectionService;
import fr.bde.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One application (/recruteur/candidature.xhtml?id=…): the candidate's documents, the selection steps,
 * messages, interviews (invite, reschedule, cancel), reports, hiring, and the history of it all.
 */
@Named
@ViewScoped
public class ApplicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String STEP_FORM = "stepForm";
    static final String INTERVIEW_FORM = "interviewForm";
    static final String REPORT_FORM = "reportForm";
    static final String MESSAGE_FORM = "messageForm";
    static final String CANCEL_FORM = "cancelForm";
    static final int CRITERIA = 4;

    @Inject
    private SelectionService selection;

    @Inject
    private ScreeningService screening;

    @Inject
    private Clock clock;

    private Long id;
    private transient JobApplication application;
    private transient List<Interview> interviews;
    private transient List<StepReport> reports;
    private transient List<ApplicationEvent> history;
    private transient List<AnswerView> answers;
    private transient List<DocumentRow> documents;

    // moving to a step, with or without a message
    private SelectionStep step;
    private boolean withMessage;
    private String subject;
    private String body;

    // the interview form: a new interview, or the one being rescheduled
    private Long reschedulingId;
    private LocalDate interviewDate;
    private LocalTime interviewTime;
    private Integer duration = 45;
    private String place;
    private String link;
    private String interviewers;
    private String interviewSubject;
    private String interviewBody;

    // an individual message to the candidate
    private String messageSubject;
    private String messageBody;

    // cancelling an interview: the cancellation message, editable before it leaves
    private Long cancellingId;
    private String cancelSubject;
    private String cancelBody;

    // the report form
    private String reportTarget;
    private List<Rating> ratings = new ArrayList<>();
    private String comment;

    /** One line of the report form: a criterion and its rating (empty: not rated). */
    public static class Rating implements Serializable {
        private static final long serialVersionUID = 1L;
        private String criterion;
        private Integer value;

        Rating(String criterion) {
            this.criterion = criterion;
        }

        public String getCriterion() {
            return criterion;
        }

        public void setCriterion(String criterion) {
            this.criterion = criterion;
        }

        public Integer getValue() {
            return value;
        }

        public void setValue(Integer value) {
            this.value = value;
        }
    }

    /** viewAction: an application of another organisation, or of a restricted team without the caller, gives a 403. */
    public void load() {
        application = selection.application(id);
        if (step == null) {
            step = application.getStep() == null ? SelectionStep.PRESELECTION : application.getStep();
            prepareStep();
            prepareInterview(MessageTemplate.INTERVIEW);
            resetReport();
            prepareMessage();
        }
    }

    private void prepareMessage() {
        MessageDraft draft = selection.defaultMessage(MessageTemplate.MESSAGE);
        messageSubject = draft.subject();
        messageBody = draft.body();
    }

    /** An individual message (the default template, edited), recorded in the history. */
    public void sendMessage() {
        try {
            selection.sendMessage(application().getOffer().getId(), List.of(id), new MessageDraft(messageSubject, messageBody));
            Messages.info("selection.message.sentOne");
            prepareMessage();
            refresh();
        } catch (BusinessException e) {
            SelectionForms.error(MESSAGE_FORM, e);
        }
    }

    private void refresh() {
        application = selection.application(id);
        interviews = null;
        reports = null;
        history = null;
    }

    public void prepareStep() {
        MessageDraft draft = selection.defaultMessage(MessageTemplate.of(step));
        subject = draft.subject();
        body = draft.body();
        withMessage = step.isMessageByDefault();
    }

    private void prepareInterview(MessageTemplate template) {
        MessageDraft draft = selection.defaultMessage(template);
        interviewSubject = draft.subject();
        interviewBody = draft.body();
    }

    private void resetReport() {
        ratings = new ArrayList<>();
        for (String key : List.of("motivation", "skills", "communication", "fit")) {
            ratings.add(new Rating(Messages.text("selection.report.criterion." + key)));
        }
        comment = null;
        reportTarget = null;
    }

    public void moveToStep() {
        try {
            selection.moveTo(application().getOffer().getId(), List.of(id), step,
                    withMessage ? new MessageDraft(subject, body) : null);
            Messages.info("selection.step.done", Messages.text("SelectionStep." + step.name()));
            refresh();
        } catch (BusinessException e) {
            SelectionForms.error(STEP_FORM, e);
        }
    }

    public void saveInterview() {
        try {
            InterviewSlot slot = new InterviewSlot(interviewDate == null || interviewTime == null ? null
                    : ZonedDateTime.of(interviewDate, interviewTime, clock.getZone()).toInstant(),
                    duration == null ? 0 : duration, place, link, interviewers);
            MessageDraft message = new MessageDraft(interviewSubject, interviewBody);
            if (reschedulingId == null) {
                selection.scheduleInterview(id, slot, message);
                Messages.info("selection.interview.sent");
            } else {
                selection.rescheduleInterview(reschedulingId, slot, message);
                Messages.info("selection.interview.moved");
            }
            reschedulingId = null;
            prepareInterview(MessageTemplate.INTERVIEW);
            refresh();
        } catch (BusinessException e) {
            SelectionForms.error(INTERVIEW_FORM, e);
        }
    }

    /** Loads an interview in the form to move it; the message becomes the reschedule template. */
    public void startReschedule(Long interviewId) {
        Interview interview = getInterviews().stream().filter(i -> i.getId().equals(interviewId)).findFirst().orElseThrow();
        ZonedDateTime start = interview.getStartsAt().atZone(clock.getZone());
        reschedulingId = interviewId;
        interviewDate = start.toLocalDate();
        interviewTime = start.toLocalTime();
        duration = interview.getDurationMinutes();
        place = interview.getPlace();
        link = interview.getLink();
        interviewers = interview.getInterviewers();
        prepareInterview(MessageTemplate.RESCHEDULE);
    }

    public void cancelReschedule() {
        reschedulingId = null;
        prepareInterview(MessageTemplate.INTERVIEW);
    }

    /** Opens the cancellation form of an interview with the default cancellation message, to edit before sending. */
    public void startCancel(Long interviewId) {
        cancellingId = interviewId;
        MessageDraft draft = selection.defaultMessage(MessageTemplate.CANCELLATION);
        cancelSubject = draft.subject();
        cancelBody = draft.body();
    }

    public void stopCancel() {
        cancellingId = null;
    }

    /** Cancels the interview being cancelled: METHOD:CANCEL invitation with the message as edited. */
    public void cancelInterview() {
        try {
            selection.cancelInterview(cancellingId, new MessageDraft(cancelSubject, cancelBody));
            Messages.info("selection.interview.cancelledDone");
            cancellingId = null;
            refresh();
        } catch (BusinessException e) {
            SelectionForms.error(CANCEL_FORM, e);
        }
    }

    /** Cancels a rejection on criteria whose mail is still held: the candidate never hears of it. */
    public void cancelRejection() {
        try {
            selection.cancelRejectionOnCriteria(id);
            Messages.info("selection.rejection.cancelled");
            refresh();
            step = SelectionStep.PRESELECTION;
            prepareStep();
        } catch (BusinessException e) {
            Messages.error(null, e);
            refresh();
        }
    }

    /** A rejection on criteria whose mail has not left yet (it can still be cancelled). */
    public boolean isRejectionHeld() {
        return application().isRejectionHeld(clock.instant());
    }

    public void saveReport() {
        try {
            List<CriterionRating> rated = new ArrayList<>();
            for (Rating r : ratings) {
                if (r.getValue() != null && r.getCriterion() != null && !r.getCriterion().isBlank()) {
                    if (r.getCriterion().strip().length() > CriterionRating.CRITERION_MAX) {
                        throw new BusinessException("comment", "selection.report.criterion.tooLong", CriterionRating.CRITERION_MAX);
                    }
                    rated.add(new CriterionRating(r.getCriterion(), r.getValue()));
                }
            }
            Long interviewId = reportTarget != null && reportTarget.startsWith("i") ? Long.valueOf(reportTarget.substring(1)) : null;
            SelectionStep reportStep = reportTarget != null && reportTarget.startsWith("s")
                    ? SelectionStep.valueOf(reportTarget.substring(1)) : null;
            selection.recordReport(id, interviewId, reportStep, rated, comment);
            Messages.info("selection.report.saved");
            resetReport();
            refresh();
        } catch (BusinessException e) {
            SelectionForms.error(REPORT_FORM, e);
        }
    }

    /** What a report is about: one of the application's interviews, or a step ("i12", "sPRESELECTION"). */
    public List<String[]> getReportTargets() {
        List<String[]> targets = new ArrayList<>();
        for (Interview i : getInterviews()) {
            targets.add(new String[] {"i" + i.getId(), Messages.text("selection.report.target.interview",
                    java.util.Date.from(i.getStartsAt()))});
        }
        for (SelectionStep s : List.of(SelectionStep.PRESELECTION, SelectionStep.REJECTION, SelectionStep.HIRING)) {
            targets.add(new String[] {"s" + s.name(), Messages.text("SelectionStep." + s.name())});
        }
        return targets;
    }

    private JobApplication application() {
        if (application == null) {
            application = selection.application(id);
        }
        return application;
    }

    public JobApplication getApplication() {
        return application();
    }

    /** The answers to the offer's screening questions (knock-out failures flagged). */
    public List<AnswerView> getAnswers() {
        if (answers == null) {
            answers = screening.answers(id);
        }
        return answers;
    }

    /** The documents sent besides the CV (copies kept with the application). */
    public List<DocumentRow> getDocuments() {
        if (documents == null) {
            documents = screening.documents(id);
        }
        return documents;
    }

    public List<Interview> getInterviews() {
        if (interviews == null) {
            interviews = selection.interviews(id);
        }
        return interviews;
    }

    public List<StepReport> getReports() {
        if (reports == null) {
            reports = selection.reports(id);
        }
        return reports;
    }

    public List<ApplicationEvent> getHistory() {
        if (history == null) {
            history = selection.history(id);
        }
        return history;
    }

    /** A history line's detail in French: steps and close reasons named, reports with their mean. */
    public String detail(ApplicationEvent event) {
        String detail = event.getDetail();
        if (detail == null) {
            return "";
        }
        return switch (event.getAction()) {
            case STEP -> Messages.text("SelectionStep." + detail);
            case REPORT -> {
                String[] parts = detail.split(";", 2);
                yield Messages.text("selection.history.report", Messages.text("SelectionStep." + parts[0]),
                        parts.length > 1 ? parts[1] : "");
            }
            case CLOSING_MESSAGE -> Messages.text("CloseReason." + detail);
            default -> detail;
        };
    }

    public List<SelectionStep> getSteps() {
        return Arrays.asList(SelectionStep.values());
    }

    public List<Integer> getRatingValues() {
        return List.of(1, 2, 3, 4, 5);
    }

    public String getMessageSubject() { return messageSubject; }
    public void setMessageSubject(String messageSubject) { this.messageSubject = messageSubject; }
    public String getMessageBody() { return messageBody; }
    public void setMessageBody(String messageBody) { this.messageBody = messageBody; }
    public Long getCancellingId() { return cancellingId; }
    public String getCancelSubject() { return cancelSubject; }
    public void setCancelSubject(String cancelSubject) { this.cancelSubject = cancelSubject; }
    public String getCancelBody() { return cancelBody; }
    public void setCancelBody(String cancelBody) { this.cancelBody = cancelBody; }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
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

    public Long getReschedulingId() {
        return reschedulingId;
    }

    public LocalDate getInterviewDate() {
        return interviewDate;
    }

    public void setInterviewDate(LocalDate interviewDate) {
        this.interviewDate = interviewDate;
    }

    public LocalTime getInterviewTime() {
        return interviewTime;
    }

    public void setInterviewTime(LocalTime interviewTime) {
        this.interviewTime = interviewTime;
    }

    public Integer getDuration() {
        return duration;
    }

    public void setDuration(Integer duration) {
        this.duration = duration;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getInterviewers() {
        return interviewers;
    }

    public void setInterviewers(String interviewers) {
        this.interviewers = interviewers;
    }

    public String getInterviewSubject() {
        return interviewSubject;
    }

    public void setInterviewSubject(String interviewSubject) {
        this.interviewSubject = interviewSubject;
    }

    public String getInterviewBody() {
        return interviewBody;
    }

    public void setInterviewBody(String interviewBody) {
        this.interviewBody = interviewBody;
    }

    public String getReportTarget() {
        return reportTarget;
    }

    public void setReportTarget(String reportTarget) {
        this.reportTarget = reportTarget;
    }

    public List<Rating> getRatings() {
        return ratings;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }
}
