package fr.bde.common;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Absolute links put in e-mails: {@code -Dbde.public-url} (the address users reach), else this
 * server's HTTP port on localhost.
 */
@ApplicationScoped
public class PublicLinks {

    public String base() {
        String configured = System.getProperty("bde.public-url");
        if (configured != null && !configured.isBlank()) {
            return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        }
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return "http://localhost:" + port;
    }

    public String approvalStep(Long stepId) {
        return base() + "/approbation/demande.xhtml?etape=" + stepId;
    }

    public String publicOffer(String reference) {
        return base() + "/offres/offre.xhtml?ref=" + reference;
    }

    public String recruiterOffer(Long offerId) {
        return base() + "/recruteur/offre.xhtml?id=" + offerId + "&onglet=approbation";
    }
}
