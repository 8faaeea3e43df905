package fr.bde.selection.service;

import fr.bde.common.AccessDeniedException;
import fr.bde.common.NotFoundException;
import fr.bde.jobapplication.domain.JobApplication;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.domain.Team;
import fr.bde.offer.service.OfferAccess;
import fr.bde.security.domain.AppUser;
import fr.bde.security.service.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Who may see and handle an offer's applications: recruiters of the offer's organisation, and when
 * the offer's hiring team is restricted, only the named members of its operational team. Any other
 * caller gets 403, whatever id is forged.
 */
@ApplicationScoped
public class SelectionAccess {

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private OfferAccess offers;

    @Inject
    private UserDirectory users;

    public JobOffer offer(Long offerId) {
        JobOffer offer = offers.forRecruiter(offerId);
        requireTeam(offer);
        return offer;
    }

    public JobApplication application(Long applicationId) {
        JobApplication application = applicationId == null ? null : em.find(JobApplication.class, applicationId);
        if (application == null) {
            throw new NotFoundException("application.notFound");
        }
        JobOffer offer = application.getOffer();
        if (!offer.getOrganisation().getId().equals(users.currentOrganisation().getId())) {
            throw new AccessDeniedException();
        }
        requireTeam(offer);
        return application;
    }

    /** Whether the caller may see the applications of this offer of their organisation. */
    public boolean mayHandle(JobOffer offer) {
        if (!offer.isSelectionRestricted()) {
            return true;
        }
        AppUser me = users.currentUser();
        return !em.createQuery("select m.id from TeamMember m where m.offer = :offer and m.team = :team and m.user = :me")
                .setParameter("offer", offer).setParameter("team", Team.OPERATIONAL).setParameter("me", me)
                .setMaxResults(1).getResultList().isEmpty();
    }

    private void requireTeam(JobOffer offer) {
        if (!mayHandle(offer)) {
            throw new AccessDeniedException();
        }
    }
}
