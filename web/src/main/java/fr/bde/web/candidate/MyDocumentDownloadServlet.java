package fr.bde.web.candidate;

import fr.bde.document.domain.CandidateDocument;
import fr.bde.document.service.CandidateDocumentService;
import fr.bde.web.recruiter.Downloads;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** One of the caller's saved documents (under /espace/candidat/: candidates only; another's is 404). */
@WebServlet("/espace/candidat/document")
public class MyDocumentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CandidateDocumentService documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        CandidateDocument document = Downloads.load(response,
                () -> documents.get(Downloads.parseId(request.getParameter("id"))));
        if (document != null) {
            Downloads.send(response, document.getContentType(), document.getFileName(), document.getContent());
        }
    }
}
