package fr.bde.web.commission;

import fr.bde.commission.service.DownloadedDocument;
import fr.bde.commission.service.ProfileDocumentService;
import fr.bde.common.AccessDeniedException;
import fr.bde.common.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Downloads a candidate's document (/sar/document?id=…), scoped by the service: 403 outside the caller's scope. */
@WebServlet("/sar/document")
public class SarDocumentServlet extends HttpServlet {

    @Inject
    private ProfileDocumentService documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DownloadedDocument document;
        try {
            document = documents.download(Long.valueOf(request.getParameter("id")));
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType(document.contentType());
        response.setContentLength(document.content().length);
        String ascii = document.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(document.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(document.content());
    }
}
