package fr.bde.security.service;

import jakarta.annotation.security.PermitAll;
import fr.bde.security.domain.LoginThrottle;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Slows down password guessing: failures are counted per login name, and the JDBC realm's
 * query refuses a login while it is locked (see ear/src/main/server/configure-security.cli).
 */
@PermitAll
@Stateless
public class LoginThrottleService {

    @PersistenceContext(unitName = "bde")
    private EntityManager em;

    @Inject
    private Clock clock;

    public void recordFailure(String login) {
        if (login == null || login.isBlank() || login.length() > 100) {
            return;
        }
        LoginThrottle throttle = em.find(LoginThrottle.class, login, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new LoginThrottle(login);
            throttle.recordFailure(clock.instant());
            em.persist(throttle);
        } else {
            throttle.recordFailure(clock.instant());
        }
    }

    public void recordSuccess(String login) {
        LoginThrottle throttle = em.find(LoginThrottle.class, login);
        if (throttle != null) {
            em.remove(throttle);
        }
    }

    public boolean isLocked(String login) {
        LoginThrottle throttle = em.find(LoginThrottle.class, login);
        return throttle != null && throttle.isLocked(clock.instant());
    }
}
