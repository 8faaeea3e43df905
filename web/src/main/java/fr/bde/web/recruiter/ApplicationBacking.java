package fr.bde.web.recruiter;

import fr.bde.jobapplication.domain.JobApplication;
import fr.bde.document.service.DocumentRow;
import fr.bde.jobapplication.service.JobApplicationService;
import fr.bde.screening.service.AnswerView;
import fr.bde.screening.service.ScreeningService;
import java.util.List;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** One application with its CV (/recruteur/candidature.xhtml?id=…). */
@Named
@RequestScoped
public class ApplicationBacking {

    @Inject
    private JobApplicationService applications;

    @Inject
    private ScreeningService screening;

    private Long id;
    private JobApplication application;
    private List<AnswerView> answers;
    private List<DocumentRow> documents;

    /** viewAction: an application of another organisation gives a 403. */
    public void load() {
        application = applications.get(id);
        answers = screening.answers(id);
        documents = screening.documents(id);
    }

    /** The answers to the offer's screening questions. */
    public List<AnswerView> getAnswers() {
        return answers;
    }

    /** The documents sent besides the CV (copies kept with the application). */
    public List<DocumentRow> getDocuments() {
        return documents;
    }

    public JobApplication getApplication() {
        return application;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
