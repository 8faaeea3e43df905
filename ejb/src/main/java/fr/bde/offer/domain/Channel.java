package fr.bde.offer.domain;

/** Publication channels. ucanss.fr always comes first; the others arrive with the offers issue. */
public enum Channel {
    UCANSS("ucanss.fr");

    private final String site;

    Channel(String site) {
        this.site = site;
    }

    public String getSite() {
        return site;
    }
}
