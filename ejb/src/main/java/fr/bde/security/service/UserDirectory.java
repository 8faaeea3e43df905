package fr.bde.security.service;

import jakarta.annotation.security.PermitAll;
import fr.bde.common.AccessDeniedException;
import fr.bde.organisation.domain.Organisation;
import fr.bde.security.domain.AppUser;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Who is calling: the application user behind the container's caller principal. */
@PermitAll
@Stateless
public class UserDirectory {

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Resource
    private SessionContext context;

    public Optional<AppUser> findByLogin(String login) {
        return em.createQuery("select u from AppUser u left join fetch u.organisation where u.login = :login", AppUser.class)
                .setParameter("login", login)
                .getResultStream().findFirst();
    }

    /** The logged-in user; anonymous callers are refused. */
    public AppUser currentUser() {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        if (name == null || "anonymous".equals(name)) {
            throw new AccessDeniedException();
        }
        return findByLogin(name).orElseThrow(AccessDeniedException::new);
    }

    /** The caller's organisation: every recruiter query is scoped to it. */
    public Organisation currentOrganisation() {
        Organisation organisation = currentUser().getOrganisation();
        if (organisation == null) {
            throw new AccessDeniedException();
        }
        return organisation;
    }
}
