package fr.bde.offer.service;

import fr.bde.common.AccessDeniedException;
import fr.bde.common.NotFoundException;
import fr.bde.offer.domain.JobOffer;
import fr.bde.security.domain.AppUser;
import fr.bde.security.domain.Role;
import fr.bde.security.service.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Who may touch an offer: recruiters their organisation's offers only; the Ucanss administrator
 * every offer (careers-committee review and publication). Whatever id is forged, others get 403.
 */
@ApplicationScoped
public class OfferAccess {

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private UserDirectory users;

    /** An offer of the caller's organisation. */
    public JobOffer forRecruiter(Long id) {
        JobOffer offer = find(id);
        if (!offer.getOrganisation().getId().equals(users.currentOrganisation().getId())) {
            throw new AccessDeniedException();
        }
        return offer;
    }

    /** An offer of the caller's organisation, or any offer for the Ucanss administrator. */
    public JobOffer forStaff(Long id) {
        JobOffer offer = find(id);
        AppUser user = users.currentUser();
        if (user.hasRole(Role.UCANSS_ADMIN)) {
            return offer;
        }
        if (!user.hasRole(Role.RECRUITER) || user.getOrganisation() == null
                || !offer.getOrganisation().getId().equals(user.getOrganisation().getId())) {
            throw new AccessDeniedException();
        }
        return offer;
    }

    /** The organisation lists are limited to; empty for the Ucanss administrator, who sees all. */
    public Optional<Long> scopeOrganisation() {
        AppUser user = users.currentUser();
        if (user.hasRole(Role.UCANSS_ADMIN)) {
            return Optional.empty();
        }
        if (user.getOrganisation() == null) {
            throw new AccessDeniedException();
        }
        return Optional.of(user.getOrganisation().getId());
    }

    private JobOffer find(Long id) {
        JobOffer offer = id == null ? null : em.find(JobOffer.class, id);
        if (offer == null) {
            throw new NotFoundException("offer.notFound");
        }
        return offer;
    }
}
