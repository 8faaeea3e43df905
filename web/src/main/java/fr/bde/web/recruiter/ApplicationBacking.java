package fr.bde.web.recruiter;

import fr.bde.jobapplication.domain.JobApplication;
import fr.bde.jobapplication.service.JobApplicationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** One application with its CV (/recruteur/candidature.xhtml?id=…). */
@Named
@RequestScoped
public class ApplicationBacking {

    @Inject
    private JobApplicationService applications;

    private Long id;
    private JobApplication application;

    /** viewAction: an application of another organisation gives a 403. */
    public void load() {
        application = applications.get(id);
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
