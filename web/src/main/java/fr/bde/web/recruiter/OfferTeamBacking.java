package fr.bde.web.recruiter;

import fr.bde.common.BusinessException;
import fr.bde.offer.domain.Team;
import fr.bde.offer.domain.TeamMember;
import fr.bde.offer.service.TeamService;
import fr.bde.security.domain.AppUser;
import fr.bde.web.Messages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The two team tabs of an offer: the operational team (recruiters of the organisation) and the
 * approval team (EN3S, national fund, Ucanss approvers who receive the requests). Members are added
 * through an advanced search of users (name, login, e-mail or organisation).
 */
@Named
@ViewScoped
public class OfferTeamBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "teamForm";

    /** A user found by the advanced search. */
    public record UserChoice(Long id, String name, String login, String organisation, String email)
            implements Serializable {
        static UserChoice of(AppUser user) {
            return new UserChoice(user.getId(), user.getDisplayName(), user.getLogin(),
                    user.getOrganisation() == null ? "" : user.getOrganisation().getName(), user.getEmail());
        }
    }

    @Inject
    private TeamService teams;

    @Inject
    private OfferEditBacking offer;

    private transient List<TeamMember> members;
    private String searchText;
    private List<UserChoice> candidates;

    public Team getTeam() {
        return offer.getCurrentTab() == OfferTab.APPROVAL_TEAM ? Team.APPROVAL : Team.OPERATIONAL;
    }

    public String search() {
        candidates = teams.candidates(offer.getId(), getTeam(), searchText).stream().map(UserChoice::of).toList();
        return null;
    }

    public String add(UserChoice user) {
        try {
            teams.add(offer.getId(), getTeam(), user.id());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("recruiter.team.added", user.name(), Messages.text("Team." + getTeam().name()));
            return offer.getCurrentTab().outcome(offer.getId());
        } catch (BusinessException e) {
            Messages.error(null, e);
            return null;
        }
    }

    public String remove(Long memberId, String name) {
        try {
            teams.remove(offer.getId(), memberId);
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("recruiter.team.removed", name, Messages.text("Team." + getTeam().name()));
            return offer.getCurrentTab().outcome(offer.getId());
        } catch (BusinessException e) {
            Messages.error(null, e);
            members = null;
            return null;
        }
    }

    public List<TeamMember> getMembers() {
        if (members == null) {
            members = teams.members(offer.getId(), getTeam());
        }
        return members;
    }

    public List<UserChoice> getCandidates() {
        return candidates;
    }

    public String getSearchText() {
        return searchText;
    }

    public void setSearchText(String searchText) {
        this.searchText = searchText;
    }
}
