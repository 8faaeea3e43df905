package fr.bde.offer.service;

import fr.bde.common.BusinessException;
import fr.bde.common.NotFoundException;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.domain.OfferEvent;
import fr.bde.offer.domain.Team;
import fr.bde.offer.domain.TeamMember;
import fr.bde.security.domain.AppUser;
import fr.bde.security.domain.Role;
import fr.bde.security.service.UserDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.Hibernate;

/**
 * The offer's teams: the operational team (recruiters of the offer's organisation) and the approval
 * team (approvers of EN3S, the national funds and Ucanss, who receive the approval requests).
 */
@Stateless
@RolesAllowed(Role.Names.RECRUITER)
public class TeamService {

    static final Set<Role> APPROVER_ROLES = EnumSet.of(Role.EN3S_APPROVER, Role.NATIONAL_FUND_APPROVER, Role.UCANSS_ADMIN);
    static final int SEARCH_LIMIT = 50;

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private OfferAccess access;

    @Inject
    private UserDirectory users;

    @Inject
    private Clock clock;

    @RolesAllowed({Role.Names.RECRUITER, Role.Names.UCANSS_ADMIN})
    public List<TeamMember> members(Long offerId, Team team) {
        JobOffer offer = access.forStaff(offerId);
        List<TeamMember> members = em.createQuery("select m from TeamMember m join fetch m.user "
                        + "where m.offer = :offer and m.team = :team order by m.user.displayName", TeamMember.class)
                .setParameter("offer", offer).setParameter("team", team).getResultList();
        members.forEach(m -> initialize(m.getUser().getOrganisation()));
        return members;
    }

    /**
     * Advanced search of the users who may join a team: recruiters of the offer's organisation for the
     * operational team, approvers for the approval team; by name, login, e-mail or organisation.
     */
    public List<AppUser> candidates(Long offerId, Team team, String text) {
        JobOffer offer = access.forRecruiter(offerId);
        String pattern = "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%";
        String scope = team == Team.OPERATIONAL ? " and u.organisation = :org" : "";
        var query = em.createQuery("select distinct u from AppUser u left join u.organisation o join u.roles r "
                        + "where u.enabled = true and r in :roles" + scope
                        + " and (lower(u.displayName) like :p or lower(u.login) like :p or lower(u.email) like :p "
                        + "or lower(o.name) like :p) order by u.displayName", AppUser.class)
                .setParameter("roles", team == Team.OPERATIONAL ? Set.of(Role.RECRUITER) : APPROVER_ROLES)
                .setParameter("p", pattern);
        if (team == Team.OPERATIONAL) {
            query.setParameter("org", offer.getOrganisation());
        }
        List<AppUser> found = query.setMaxResults(SEARCH_LIMIT).getResultList();
        found.forEach(u -> initialize(u.getOrganisation()));
        return found;
    }

    /** Reads a lazy association while in the transaction (fetch joins may not be aliased under JPA compliance). */
    private static void initialize(Object association) {
        if (association != null) {
            Hibernate.initialize(association);
        }
    }

    public TeamMember add(Long offerId, Team team, Long userId) {
        JobOffer offer = access.forRecruiter(offerId);
        AppUser user = userId == null ? null : em.find(AppUser.class, userId);
        if (user == null || !user.isEnabled()) {
            throw new NotFoundException("team.user.notFound");
        }
        boolean eligible = team == Team.OPERATIONAL
                ? user.hasRole(Role.RECRUITER) && user.getOrganisation() != null
                  && user.getOrganisation().getId().equals(offer.getOrganisation().getId())
                : user.getRoles().stream().anyMatch(APPROVER_ROLES::contains);
        if (!eligible) {
            throw new BusinessException("member", "team.user.notEligible." + team.name());
        }
        boolean already = !em.createQuery("select m.id from TeamMember m where m.offer = :offer and m.team = :team "
                        + "and m.user = :user")
                .setParameter("offer", offer).setParameter("team", team).setParameter("user", user)
                .getResultList().isEmpty();
        if (already) {
            throw new BusinessException("member", "team.user.already");
        }
        Instant now = clock.instant();
        String login = users.currentUser().getLogin();
        TeamMember member = new TeamMember(offer, team, user, login, now);
        em.persist(member);
        em.persist(new OfferEvent(offer, OfferEvent.Action.TEAM_MEMBER_ADDED, login, now, team.name() + ";" + user.getDisplayName()));
        return member;
    }

    public void remove(Long offerId, Long memberId) {
        JobOffer offer = access.forRecruiter(offerId);
        TeamMember member = memberId == null ? null : em.find(TeamMember.class, memberId);
        if (member == null || !member.getOffer().getId().equals(offer.getId())) {
            throw new NotFoundException("team.member.notFound");
        }
        if (member.getTeam() == Team.OPERATIONAL && members(offerId, Team.OPERATIONAL).size() == 1) {
            throw new BusinessException("team.operational.lastMember");
        }
        Instant now = clock.instant();
        String login = users.currentUser().getLogin();
        em.remove(member);
        em.persist(new OfferEvent(offer, OfferEvent.Action.TEAM_MEMBER_REMOVED, login, now,
                member.getTeam().name() + ";" + member.getUser().getDisplayName()));
    }
}
