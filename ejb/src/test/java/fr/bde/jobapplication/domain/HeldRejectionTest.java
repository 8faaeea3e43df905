package fr.bde.jobapplication.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bde.jobapplication.service.CandidateApplicationRow;
import fr.bde.offer.domain.OfferStatus;
import fr.bde.selection.domain.SelectionStep;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A rejection on knock-out criteria is held with its mail: unknown to the candidate, cancellable, withdrawable. */
class HeldRejectionTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final Instant NOTICE = NOW.plus(Duration.ofHours(48));

    private static JobApplication rejected() {
        JobApplication application = new JobApplication(null, "Rita", "Rejet", "rita@example.org", null, "cv.pdf",
                DocumentType.PDF, new byte[] {1}, NOW);
        application.rejectOnCriteria(NOW, NOTICE, 42L);
        return application;
    }

    @Test
    void heldUntilTheNoticeThenDecided() {
        JobApplication application = rejected();
        assertEquals(ApplicationStatus.REJECTED, application.getStatus());
        assertEquals(SelectionStep.REJECTION, application.getStep());
        assertTrue(application.isRejectionHeld(NOW));
        assertTrue(application.isRejectionHeld(NOTICE.minusSeconds(1)));
        assertFalse(application.isRejectionHeld(NOTICE), "due: the mail is leaving");
        assertEquals(42L, application.getRejectionMessageId());
    }

    @Test
    void theRecruiterCancelsWhileHeldOnly() {
        JobApplication application = rejected();
        assertThrows(IllegalStateException.class, () -> application.reinstate(NOTICE));
        application.reinstate(NOW.plusSeconds(60));
        assertEquals(ApplicationStatus.SUBMITTED, application.getStatus());
        assertNull(application.getStep());
        assertNull(application.getRejectionNoticeAt());
        assertFalse(application.isRejectionHeld(NOW));
    }

    @Test
    void theCandidateWithdrawsWhileHeldButNotOnceTold() {
        JobApplication held = rejected();
        held.withdraw(NOW.plusSeconds(60));
        assertEquals(ApplicationStatus.WITHDRAWN, held.getStatus());
        JobApplication told = rejected();
        assertThrows(IllegalStateException.class, () -> told.withdraw(NOTICE.plusSeconds(1)));
    }

    @Test
    void myApplicationsShowsTheRejectionOnlyOnceTheMailIsDue() {
        CandidateApplicationRow row = new CandidateApplicationRow(1L, "Offre", "CPAM", "REF", OfferStatus.PUBLISHED, NOW,
                ApplicationStatus.REJECTED, null, NOTICE);
        assertEquals(ApplicationStatus.SUBMITTED, row.seenAt(NOW).status());
        assertTrue(row.seenAt(NOW).withdrawable());
        assertEquals(ApplicationStatus.REJECTED, row.seenAt(NOTICE).status());
        assertFalse(row.seenAt(NOTICE).withdrawable());
        CandidateApplicationRow byRecruiter = new CandidateApplicationRow(2L, "Offre", "CPAM", "REF", OfferStatus.PUBLISHED,
                NOW, ApplicationStatus.REJECTED, null, null);
        assertEquals(ApplicationStatus.REJECTED, byRecruiter.seenAt(NOW).status(), "a recruiter's rejection shows at once");
    }
}
