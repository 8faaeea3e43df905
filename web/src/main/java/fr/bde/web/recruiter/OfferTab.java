package fr.bde.web.recruiter;

import java.util.Arrays;

/**
 * The tabs of an offer's workspace (/recruteur/offre.xhtml?id=…&amp;onglet=…), each named in the URL by a
 * stable token (the approval alert e-mail links to {@code onglet=approbation}). Some are for the
 * offer's recruiters only: the Ucanss administrator sees the content, the approval, the publication
 * and the history.
 */
public enum OfferTab {
    CONTENT("contenu", false),
    APPROVAL("approbation", false),
    PUBLICATION("publication", false),
    OPERATIONAL_TEAM("equipe", true),
    APPROVAL_TEAM("approbateurs", true),
    SCREENING("questions", true),
    SELECTION("selection", true),
    HISTORY("historique", false);

    private final String token;
    private final boolean recruiterOnly;

    OfferTab(String token, boolean recruiterOnly) {
        this.token = token;
        this.recruiterOnly = recruiterOnly;
    }

    /** The tab named by a URL token; the content tab for anything else. */
    public static OfferTab of(String token) {
        return Arrays.stream(values()).filter(t -> t.token.equals(token)).findFirst().orElse(CONTENT);
    }

    public String getToken() {
        return token;
    }

    public boolean isRecruiterOnly() {
        return recruiterOnly;
    }

    /** Where an action on this tab sends the browser back (post, redirect, get). */
    public String outcome(Long offerId) {
        return "/recruteur/offre.xhtml?faces-redirect=true&id=" + offerId + "&onglet=" + token;
    }
}
