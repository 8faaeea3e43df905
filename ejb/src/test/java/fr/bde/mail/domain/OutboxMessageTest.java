package fr.bde.mail.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutboxMessageTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @ParameterizedTest
    @CsvSource({"1, 1", "2, 2", "3, 4", "7, 64"})
    void retriesBackOff(int attempts, long minutes) {
        assertEquals(Duration.ofMinutes(minutes), OutboxMessage.backoff(attempts));
    }

    @Test
    void failedSendIsRetriedLaterThenGivenUp() {
        OutboxMessage message = new OutboxMessage("a@b.fr", "s", "t", null, NOW);
        assertTrue(message.isDue(NOW));
        message.claim(NOW);
        assertFalse(message.isDue(NOW), "claimed");
        message.markFailed("connection refused", NOW);
        assertEquals(OutboxMessage.Status.PENDING, message.getStatus());
        assertFalse(message.isDue(NOW));
        assertTrue(message.isDue(NOW.plus(Duration.ofMinutes(1))));
        for (int i = 1; i < OutboxMessage.MAX_ATTEMPTS; i++) {
            message.markFailed("connection refused", NOW);
        }
        assertEquals(OutboxMessage.Status.FAILED, message.getStatus());
        assertFalse(message.isDue(NOW.plus(Duration.ofDays(1))));
    }

    @Test
    void abandonedClaimBecomesDueAgain() {
        OutboxMessage message = new OutboxMessage("a@b.fr", "s", "t", null, NOW);
        message.claim(NOW);
        assertTrue(message.isDue(NOW.plus(OutboxMessage.CLAIM_TIMEOUT)));
    }
}
