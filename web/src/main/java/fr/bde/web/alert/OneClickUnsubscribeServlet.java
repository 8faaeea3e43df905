package fr.bde.web.alert;

import fr.bde.alert.service.JobAlertService;
import fr.bde.alert.service.UnsubscribeOutcome;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The List-Unsubscribe target of the alert digests (RFC 8058): the mail client POSTs
 * "List-Unsubscribe=One-Click" here, without login, and the signed alert ends. A GET (a person
 * following the URL) is sent to the unsubscribe page, which does the same and says so.
 */
@WebServlet("/alertes/un-clic")
public class OneClickUnsubscribeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private JobAlertService alerts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UnsubscribeOutcome outcome = UnsubscribeBacking.unsubscribe(alerts, request.getParameter("alerte"),
                request.getParameter("cle"));
        response.setStatus(outcome == UnsubscribeOutcome.INVALID ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_OK);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(outcome.name());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getQueryString();
        response.sendRedirect(request.getContextPath() + "/alertes/desabonnement.xhtml" + (query == null ? "" : "?" + query));
    }
}
