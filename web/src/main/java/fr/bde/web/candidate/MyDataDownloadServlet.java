package fr.bde.web.candidate;

import fr.bde.privacy.service.CandidatePrivacyService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The candidate's data as a JSON file (under /espace/candidat/: candidates only, their own data only). */
@WebServlet("/espace/candidat/mes-donnees.json")
public class MyDataDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private CandidatePrivacyService privacy;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] json = privacy.json().getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(json.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"mes-donnees-bourse-des-emplois.json\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(json);
    }
}
