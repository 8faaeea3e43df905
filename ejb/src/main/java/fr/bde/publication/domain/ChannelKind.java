package fr.bde.publication.domain;

/**
 * Kinds of publication channels (seed 000 §1.4, §1.8). Institutional sites (ucanss.fr, always first,
 * lacafrecrute.fr, lesmetiersdelasecuritesociale.fr) take any offer; job boards (Apec, Pôle emploi)
 * and the handicap/diversity sites need the education level and the salary, and are open to a new
 * recruiter account only after a delay.
 */
public enum ChannelKind {
    INSTITUTIONAL(false),
    JOB_BOARD(true),
    DIVERSITY(true);

    private final boolean external;

    ChannelKind(boolean external) {
        this.external = external;
    }

    /** Non-institutional: stricter field rules and the new-account delay apply. */
    public boolean isExternal() {
        return external;
    }
}
