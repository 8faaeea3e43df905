package fr.bde.web.security;

import fr.bde.security.domain.AppUser;
import fr.bde.security.domain.Role;
import fr.bde.security.service.UserDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;

/** The logged-in user as the layout sees it (name, roles for the menu). */
@Named
@RequestScoped
public class UserSession {

    @Inject
    private UserDirectory users;

    private Optional<AppUser> user;

    public boolean isLoggedIn() {
        return external().getUserPrincipal() != null;
    }

    public boolean hasRole(String role) {
        return external().isUserInRole(role);
    }

    public boolean isRecruiter() {
        return hasRole(Role.RECRUITER.name());
    }

    /** Answers approval requests: EN3S, a national fund or Ucanss. */
    public boolean isApprover() {
        return hasRole(Role.EN3S_APPROVER.name()) || hasRole(Role.NATIONAL_FUND_APPROVER.name()) || isUcanssAdmin();
    }

    public boolean isUcanssAdmin() {
        return hasRole(Role.UCANSS_ADMIN.name());
    }

    /** A national fund's career manager (every executive mobility wish). */
    public boolean isCareerManager() {
        return hasRole(Role.CAREER_MANAGER.name());
    }

    public boolean isCandidate() {
        return hasRole(Role.CANDIDATE.name());
    }

    public String getDisplayName() {
        return current().map(AppUser::getDisplayName).orElse("");
    }

    public String getOrganisationName() {
        return current().map(u -> u.getOrganisation() == null ? "" : u.getOrganisation().getName()).orElse("");
    }

    /** Landing page after login, by role. */
    public void redirectHome() throws IOException {
        String target = isRecruiter() ? "/recruteur/offres.xhtml"
                : isCandidate() ? "/espace/candidat/index.xhtml"
                : isApprover() ? "/approbation/demandes.xhtml"
                : isCareerManager() ? "/mobilite/viviers.xhtml"
                : hasRole(Role.COMMISSION.name()) ? "/commission/dossiers.xhtml"
                : hasRole(Role.PARTNER.name()) ? "/partenaire/soumissions.xhtml" : "/index.xhtml";
        external().redirect(external().getRequestContextPath() + target);
    }

    /** The login page is useless to a logged-in user: send them home. */
    public void redirectIfLoggedIn() throws IOException {
        if (isLoggedIn()) {
            redirectHome();
        }
    }

    private Optional<AppUser> current() {
        if (user == null) {
            user = isLoggedIn() ? users.findByLogin(external().getUserPrincipal().getName()) : Optional.empty();
        }
        return user;
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
