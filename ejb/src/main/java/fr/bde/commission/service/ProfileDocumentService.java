package fr.bde.commission.service;

import fr.bde.common.AccessDeniedException;
import fr.bde.common.NotFoundException;
import fr.bde.security.domain.Role;
import fr.bde.talentpool.domain.Company;
import fr.bde.talentpool.domain.ProfileDocument;
import fr.bde.talentpool.domain.TalentProfile;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Downloading a candidate's document, scoped like the profile itself: the commission reads every
 * file; a partner only its own submissions; a company recruiter a profile of the pool, one in its
 * company's portfolio, or a trainee file its company proposed. Anything else is refused (403).
 */
@Stateless
@RolesAllowed({Role.Names.COMMISSION, Role.Names.PARTNER, Role.Names.COMPANY_RECRUITER})
public class ProfileDocumentService {

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private SarMembers members;

    /** The document with its bytes, when the caller may read it. */
    public DownloadedDocument download(Long documentId) {
        ProfileDocument document = documentId == null ? null : em.find(ProfileDocument.class, documentId);
        if (document == null) {
            throw new NotFoundException("error.notFound");
        }
        if (!mayRead(document.getProfile())) {
            throw new AccessDeniedException();
        }
        return new DownloadedDocument(document.getFileName(), document.getContentType(), document.getContent());
    }

    private boolean mayRead(TalentProfile profile) {
        if (context.isCallerInRole(Role.Names.COMMISSION)) {
            return true;
        }
        if (context.isCallerInRole(Role.Names.PARTNER) && profile.getPartner() != null
                && profile.getPartner().getId().equals(members.currentPartner().getId())) {
            return true;
        }
        if (context.isCallerInRole(Role.Names.COMPANY_RECRUITER)) {
            Company company = members.currentCompany();
            if (profile.isInPool() || (profile.getProposingCompany() != null
                    && profile.getProposingCompany().getId().equals(company.getId()))) {
                return true;
            }
            return em.createQuery("select count(s) from FollowUpSheet s where s.company = :c and s.profile = :p", Long.class)
                    .setParameter("c", company).setParameter("p", profile).getSingleResult() > 0;
        }
        return false;
    }
}
