package fr.bde.security.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginThrottleTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void firstFailuresDoNotLock() {
        LoginThrottle throttle = new LoginThrottle("x");
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            throttle.recordFailure(NOW);
        }
        assertFalse(throttle.isLocked(NOW));
    }

    @Test
    void nextFailureLocksForAWhile() {
        LoginThrottle throttle = new LoginThrottle("x");
        for (int i = 0; i <= LoginThrottle.FREE_ATTEMPTS; i++) {
            throttle.recordFailure(NOW);
        }
        assertTrue(throttle.isLocked(NOW.plusSeconds(1)));
        assertFalse(throttle.isLocked(NOW.plusSeconds(3)));
    }

    @ParameterizedTest
    @CsvSource({"4, 2", "5, 4", "6, 8", "10, 128", "13, 900", "40, 900"})
    void lockDoublesUpToFifteenMinutes(int failures, long seconds) {
        assertEquals(Duration.ofSeconds(seconds), LoginThrottle.lockFor(failures));
    }

    @Test
    void oldFailuresAreForgotten() {
        LoginThrottle throttle = new LoginThrottle("x");
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure(NOW);
        }
        throttle.recordFailure(NOW.plus(Duration.ofHours(2)));
        assertEquals(1, throttle.getFailures());
        assertFalse(throttle.isLocked(NOW.plus(Duration.ofHours(2))));
    }

    @Test
    void passwordsAreSaltedAndSlowlyHashed() {
        String a = PasswordHasher.hash("secret");
        String b = PasswordHasher.hash("secret");
        assertTrue(a.startsWith("$2a$10$"), a);
        assertFalse(a.equals(b), "salted");
        assertTrue(PasswordHasher.matches("secret", a));
        assertFalse(PasswordHasher.matches("Secret", a));
    }
}
