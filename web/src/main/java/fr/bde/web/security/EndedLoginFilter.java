package fr.bde.web.security;

import fr.bde.security.service.UserDirectory;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * A session opened with a login that no longer exists (a candidate confirmed a new e-mail address,
 * which is their login, from another browser) is ended, and the user asked to log in again.
 */
@WebFilter("/espace/*")
public class EndedLoginFilter extends HttpFilter {

    @Inject
    private UserDirectory users;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null && users.findByLogin(request.getUserPrincipal().getName()).isEmpty()) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login.xhtml?erreur=session");
            return;
        }
        chain.doFilter(request, response);
    }
}
