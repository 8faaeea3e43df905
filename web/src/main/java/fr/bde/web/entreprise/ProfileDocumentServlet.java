package fr.bde.web.entreprise;

import fr.bde.common.AccessDeniedException;
import fr.bde.common.NotFoundException;
import fr.bde.talentpool.domain.ProfileDocument;
import fr.bde.talentpool.service.OverdueSheetsException;
import fr.bde.talentpool.service.PoolSearchService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Downloads a candidate's document (CV...); the service checks the caller may see the profile. */
@WebServlet("/entreprise/document")
public class ProfileDocumentServlet extends HttpServlet {

    @Inject
    private PoolSearchService pool;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProfileDocument document;
        try {
            document = pool.document(Long.valueOf(request.getParameter("id")));
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (OverdueSheetsException e) {
            // a pool profile's document while sheets are overdue: the overdue list with the warning, as from the pool
            response.sendRedirect(request.getContextPath() + PoolBacking.OVERDUE_SHEETS);
            return;
        }
        byte[] content = document.getContent();
        response.setContentType(document.getContentType());
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + document.getFileName()
                .replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                + URLEncoder.encode(document.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(content);
    }
}
