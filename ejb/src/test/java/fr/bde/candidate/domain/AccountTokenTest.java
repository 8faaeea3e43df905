package fr.bde.candidate.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccountTokenTest {

    static final Instant SENT = Instant.parse("2027-03-01T09:00:00Z");

    static AccountToken token(TokenPurpose purpose) {
        return new AccountToken(null, purpose, SecretToken.generate().hash(), null, SENT);
    }

    @ParameterizedTest(name = "{0}: valid {1} min after, expired at {2} min")
    @CsvSource({
            "VALIDATION, 2879, 2880",
            "PASSWORD_RESET, 59, 60",
            "EMAIL_CHANGE, 2879, 2880",
    })
    void linksExpireAfterTheirPurposesDelay(TokenPurpose purpose, long lastValidMinute, long expiredMinute) {
        AccountToken token = token(purpose);
        assertEquals(TokenState.VALID, token.state(SENT.plus(Duration.ofMinutes(lastValidMinute))));
        assertEquals(TokenState.EXPIRED, token.state(SENT.plus(Duration.ofMinutes(expiredMinute))));
        assertEquals(SENT.plus(purpose.validity()), token.getExpiresAt());
    }

    @Test
    void validationLastsFortyEightHoursAndResetOneHour() {
        assertEquals(Duration.ofHours(48), TokenPurpose.VALIDATION.validity());
        assertEquals(Duration.ofHours(1), TokenPurpose.PASSWORD_RESET.validity());
    }

    @Test
    void aLinkServesOnce() {
        AccountToken token = token(TokenPurpose.PASSWORD_RESET);
        token.use(SENT.plusSeconds(60));
        assertEquals(TokenState.USED, token.state(SENT.plusSeconds(61)));
        assertThrows(IllegalStateException.class, () -> token.use(SENT.plusSeconds(62)));
    }

    @Test
    void anExpiredOrReplacedLinkCannotBeUsed() {
        AccountToken expired = token(TokenPurpose.PASSWORD_RESET);
        assertThrows(IllegalStateException.class, () -> expired.use(SENT.plus(Duration.ofHours(2))));
        AccountToken replaced = token(TokenPurpose.VALIDATION);
        replaced.voidAt(SENT.plusSeconds(10));
        assertEquals(TokenState.REPLACED, replaced.state(SENT.plusSeconds(11)));
        assertThrows(IllegalStateException.class, () -> replaced.use(SENT.plusSeconds(12)));
    }

    @Test
    void voidingAUsedLinkKeepsItUsed() {
        AccountToken token = token(TokenPurpose.VALIDATION);
        token.use(SENT.plusSeconds(5));
        token.voidAt(SENT.plusSeconds(6));
        assertEquals(TokenState.USED, token.state(SENT.plusSeconds(7)));
    }

    @Test
    void secretsAreRandomUrlSafeAndOnlyTheirHashIsKept() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            SecretToken token = SecretToken.generate();
            assertEquals(43, token.value().length(), "32 bytes in unpadded URL-safe Base64");
            assertTrue(token.value().matches("[A-Za-z0-9_-]+"), token.value());
            assertTrue(SecretToken.isWellFormed(token.value()));
            assertEquals(64, token.hash().length());
            assertEquals(token.hash(), SecretToken.hashOf(token.value()));
            assertNotEquals(token.value(), token.hash());
            assertFalse(token.toString().contains(token.value()), "never logged");
            assertTrue(seen.add(token.value()));
        }
    }

    @Test
    void malformedLinksAreNotLookedUp() {
        assertFalse(SecretToken.isWellFormed(null));
        assertFalse(SecretToken.isWellFormed("abc"));
        assertFalse(SecretToken.isWellFormed("' or 1=1 --" + "x".repeat(32)));
        assertFalse(SecretToken.isWellFormed("a".repeat(44)));
    }
}
