package fr.bde.web.recruiter;

import fr.bde.jobapplication.domain.JobApplication;
import fr.bde.jobapplication.service.JobApplicationService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Downloads an application's CV; scoped by the service like every other read (403 for another organisation). */
@WebServlet("/recruteur/cv")
public class CvDownloadServlet extends HttpServlet {

    @Inject
    private JobApplicationService applications;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JobApplication application = Downloads.load(response,
                () -> applications.get(Downloads.parseId(request.getParameter("id"))));
        if (application == null) {
            return;
        }
        Downloads.send(response, application.getCvContentType(), application.getCvFileName(),
                application.getCvContent());
    }
}
