package fr.bde.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed logins of one login name. After {@link #FREE_ATTEMPTS} failures each further failure
 * locks the login for a doubling delay (capped); the realm refuses it while locked.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    public static final int FREE_ATTEMPTS = 3;
    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    /** Failures older than this are forgotten. */
    static final Duration MEMORY = Duration.ofHours(1);

    @Id
    @Column(name = "login", length = AppUser.LOGIN_MAX)
    private String login;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginThrottle() {
    }

    public LoginThrottle(String login) {
        this.login = login;
    }

    public void recordFailure(Instant now) {
        if (lastFailureAt != null && lastFailureAt.plus(MEMORY).isBefore(now)) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        lockedUntil = failures > FREE_ATTEMPTS ? now.plus(lockFor(failures)) : null;
    }

    /** 2 s after the 4th failure, then 4 s, 8 s … up to 15 minutes. */
    static Duration lockFor(int failures) {
        int exponent = Math.min(failures - FREE_ATTEMPTS, 10);
        Duration lock = Duration.ofSeconds(1L << exponent);
        return lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
