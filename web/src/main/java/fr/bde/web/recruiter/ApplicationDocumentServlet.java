package fr.bde.web.recruiter;

import fr.bde.document.domain.ApplicationDocument;
import fr.bde.screening.service.ScreeningService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A document sent with an application besides the CV; scoped by the service (403 for another organisation). */
@WebServlet("/recruteur/document")
public class ApplicationDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private ScreeningService screening;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ApplicationDocument document = Downloads.load(response,
                () -> screening.document(Downloads.parseId(request.getParameter("id"))));
        if (document != null) {
            Downloads.send(response, document.getContentType(), document.getFileName(), document.getContent());
        }
    }
}
