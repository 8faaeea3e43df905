package fr.bde.web.entreprise;

import fr.bde.common.BusinessException;
import fr.bde.followup.domain.QuickAction;
import fr.bde.talentpool.service.OverdueSheetsException;
import fr.bde.talentpool.service.PoolSearchService;
import fr.bde.talentpool.service.ProfileView;
import fr.bde.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;

/**
 * A candidate's synthesis and fiche Profil (/entreprise/candidat.xhtml?id=…); from the pool
 * ("Etudier") it offers the 4 quick actions that create the sheet in the company portfolio.
 */
@Named
@ViewScoped
public class CandidateBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PoolSearchService pool;

    private Long id;
    private ProfileView profile;
    private Long sheetId;

    /** View action: a recruiter with overdue sheets opening a pool profile is sent to those sheets, as from the pool. */
    public void load() throws IOException {
        try {
            profile = pool.profile(id);
        } catch (OverdueSheetsException e) {
            PoolBacking.toOverdueSheets();
            return;
        }
        sheetId = pool.sheetOf(id);
    }

    public void putInPortfolio(QuickAction action) {
        try {
            sheetId = pool.putInPortfolio(id, action);
            Messages.info("sar.candidate.sheetCreated");
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
    }

    public QuickAction[] getQuickActions() {
        return QuickAction.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public ProfileView getProfile() { return profile; }
    public Long getSheetId() { return sheetId; }
}
