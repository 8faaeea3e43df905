package fr.bde.web.candidate;

import fr.bde.jobapplication.service.CandidateApplicationRow;
import fr.bde.jobapplication.service.JobApplicationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The candidate's applications, the home of the candidate's space (/espace/candidat/index.xhtml). */
@Named
@RequestScoped
public class CandidateApplicationsBacking {

    @Inject
    private JobApplicationService applications;

    private List<CandidateApplicationRow> rows;

    public List<CandidateApplicationRow> getRows() {
        if (rows == null) {
            rows = applications.mine();
        }
        return rows;
    }
}
