package fr.bde.candidate.domain;

import java.time.Duration;

/** What a mailed link is for, and how long it stays valid. */
public enum TokenPurpose {
    /** Validates a new account: 48 hours, a new link may be asked for. */
    VALIDATION(Duration.ofHours(48)),
    /** Sets a new password after a forgotten one: 1 hour. */
    PASSWORD_RESET(Duration.ofHours(1)),
    /** Confirms a new e-mail address, sent to that address: 48 hours. */
    EMAIL_CHANGE(Duration.ofHours(48));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
