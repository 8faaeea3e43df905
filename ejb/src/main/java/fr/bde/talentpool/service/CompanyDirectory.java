package fr.bde.talentpool.service;

import fr.bde.common.AccessDeniedException;
import fr.bde.security.domain.AppUser;
import fr.bde.security.service.UserDirectory;
import fr.bde.talentpool.domain.CompanyMember;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The calling company recruiter and their company: every company-side query is scoped by it. */
@PermitAll
@Stateless
public class CompanyDirectory {

    public record Recruiter(Long id, String name) {
    }

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private UserDirectory users;

    /** The caller's membership; a user of no company is refused. */
    public CompanyMember currentMember() {
        AppUser user = users.currentUser();
        return em.createQuery("select m from CompanyMember m join fetch m.company join fetch m.user where m.user = :user",
                        CompanyMember.class)
                .setParameter("user", user).getResultStream().findFirst()
                .orElseThrow(AccessDeniedException::new);
    }

    /** The recruiters of the caller's company (portfolio filter "Recruteur"). */
    public List<Recruiter> colleagues() {
        CompanyMember me = currentMember();
        return em.createQuery("select new fr.bde.talentpool.service.CompanyDirectory$Recruiter(m.user.id, m.user.displayName)"
                        + " from CompanyMember m where m.company = :company order by m.user.displayName", Recruiter.class)
                .setParameter("company", me.getCompany()).getResultList();
    }
}
