package fr.bde.web.recruiter;

import fr.bde.export.domain.ExportFile;
import fr.bde.export.service.ExportService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Downloads a finished Excel extract of the caller's organisation. */
@WebServlet("/recruteur/extraction")
public class ExportDownloadServlet extends HttpServlet {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private ExportService exports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ExportFile file = Downloads.load(response,
                () -> exports.getForRecruiter(Downloads.parseId(request.getParameter("id"))));
        if (file == null) {
            return;
        }
        if (file.getStatus() != ExportFile.Status.COMPLETED) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Downloads.send(response, XLSX, file.getFileName(), file.getContent());
    }
}
