package fr.bde.candidate.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CandidateAccountTest {

    static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

    @Test
    void anAccountIsUsableOnlyOnceValidatedAndKeepsItsFirstValidationDate() {
        CandidateAccount account = new CandidateAccount(null, "Camille", "Dupont", NOW);
        assertFalse(account.isValidated());
        account.validate(NOW.plusSeconds(60));
        account.validate(NOW.plusSeconds(120));
        assertTrue(account.isValidated());
        assertEquals(NOW.plusSeconds(60), account.getValidatedAt());
    }

    @Test
    void theAccountExistsNoticeIsSentAtMostEveryQuarterOfAnHour() {
        CandidateAccount account = new CandidateAccount(null, "Camille", "Dupont", NOW);
        assertTrue(account.claimNotice(NOW));
        assertFalse(account.claimNotice(NOW.plusSeconds(14 * 60)));
        assertTrue(account.claimNotice(NOW.plusSeconds(15 * 60)));
    }
}
