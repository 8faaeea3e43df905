package fr.bde.web.security;

import fr.bde.security.service.LoginThrottleService;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The form login's error page: counts the failure for that login name (repeated failures lock
 * it for a growing delay, enforced by the realm query) and sends the user back to the form.
 */
@WebServlet("/login-failed")
public class LoginFailedServlet extends HttpServlet {

    @Inject
    private LoginThrottleService throttle;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String login = request.getParameter("j_username");
        if (login != null) {
            throttle.recordFailure(login.strip());
        }
        response.sendRedirect(request.getContextPath() + "/login.xhtml?erreur=1");
    }
}
