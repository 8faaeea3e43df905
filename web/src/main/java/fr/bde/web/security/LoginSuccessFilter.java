package fr.bde.web.security;

import fr.bde.security.service.LoginThrottleService;
import fr.bde.privacy.service.CandidatePrivacyService;
import fr.bde.security.domain.Role;
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
 * On the first request of a logged-in session, forgets the login's past failures and, for a
 * candidate, records the login (the inactivity rule counts from it).
 */
@WebFilter("/*")
public class LoginSuccessFilter extends HttpFilter {

    private static final String RECORDED = LoginSuccessFilter.class.getName();

    @Inject
    private LoginThrottleService throttle;

    @Inject
    private CandidatePrivacyService privacy;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() != null) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(RECORDED) == null) {
                session.setAttribute(RECORDED, Boolean.TRUE);
                throttle.recordSuccess(request.getUserPrincipal().getName());
                if (request.isUserInRole(Role.Names.CANDIDATE)) {
                    privacy.recordLogin(request.getUserPrincipal().getName());
                }
            }
        }
        // basic hardening headers for every page
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        chain.doFilter(request, response);
    }
}
