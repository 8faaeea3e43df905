package fr.bde.commission.service;

import fr.bde.common.AccessDeniedException;
import fr.bde.security.domain.AppUser;
import fr.bde.security.service.UserDirectory;
import fr.bde.talentpool.domain.Company;
import fr.bde.talentpool.domain.CompanyMember;
import fr.bde.talentpool.domain.Partner;
import fr.bde.talentpool.domain.PartnerMember;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The employment partner or member company the caller works for: every partner and company query is scoped to it. */
@PermitAll
@Stateless
public class SarMembers {

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private UserDirectory users;

    public PartnerMember currentPartnerMember() {
        AppUser user = users.currentUser();
        PartnerMember member = em.find(PartnerMember.class, user.getId());
        if (member == null) {
            throw new AccessDeniedException();
        }
        return member;
    }

    public Partner currentPartner() {
        return currentPartnerMember().getPartner();
    }

    public Company currentCompany() {
        AppUser user = users.currentUser();
        CompanyMember member = em.find(CompanyMember.class, user.getId());
        if (member == null) {
            throw new AccessDeniedException();
        }
        return member.getCompany();
    }
}
