package fr.bde.web.security;

import fr.bde.candidate.service.CandidateAccountService;
import fr.bde.security.service.LoginThrottleService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * The form login's error page: counts the failure for that login name (repeated failures lock
 * it for a growing delay, enforced by the realm query) and sends the user back to the form.
 * When the right password was given for a candidate account that awaits validation, the form
 * says so instead (an unknown address or a wrong password get the usual answer).
 */
@WebServlet("/login-failed")
public class LoginFailedServlet extends HttpServlet {

    @Inject
    private LoginThrottleService throttle;

    @Inject
    private CandidateAccountService accounts;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String login = request.getParameter("j_username");
        String reason = "1";
        if (login != null) {
            // the realm lower-cases logins: failures are counted under the same name
            String name = login.strip().toLowerCase(Locale.ROOT);
            if (accounts.awaitsValidation(name, request.getParameter("j_password"))) {
                reason = "nonvalide";
            } else {
                throttle.recordFailure(name);
            }
        }
        response.sendRedirect(request.getContextPath() + "/login.xhtml?erreur=" + reason);
    }
}
