package fr.bde.approval.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.domain.OfferReference;
import fr.bde.organisation.domain.Organisation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The state machine of a process: steps answered in order, first refusal ends it, last approval approves it. */
class ApprovalProcessTest {

    static final Instant T0 = Instant.parse("2027-02-15T09:00:00Z");
    static final Organisation CNAM = new Organisation("CNAM", "CNAM", null, null, null);
    static final Organisation UCANSS = new Organisation("UCANSS", "Ucanss", null, null, null);

    static ApprovalProcess careersCommittee() {
        JobOffer offer = new JobOffer(OfferReference.of(true, 1), null, "recruteur", T0);
        ApprovalProcess process = new ApprovalProcess(offer, ApprovalKind.CAREERS_COMMITTEE, "message",
                LocalDate.of(2027, 2, 22), true, "recruteur", T0);
        process.addStep(StepKind.NATIONAL_FUND_APPROVAL, CNAM, T0);
        process.addStep(StepKind.UCANSS_REVIEW, UCANSS, T0);
        return process;
    }

    @Test
    void firstStepIsSentAtOnceTheNextWaits() {
        ApprovalProcess process = careersCommittee();
        List<ApprovalStep> steps = process.getSteps();
        assertEquals(StepStatus.PENDING, steps.get(0).getStatus());
        assertEquals(T0, steps.get(0).getSentAt());
        assertEquals(StepStatus.WAITING, steps.get(1).getStatus());
        assertNull(steps.get(1).getSentAt());
        assertEquals(steps.get(0), process.pendingStep().orElseThrow());
    }

    @Test
    void approvalsInOrderApproveTheProcess() {
        ApprovalProcess process = careersCommittee();
        Instant t1 = T0.plusSeconds(3600);
        ApprovalStep next = process.answer(process.getSteps().get(0), true, "approbateur.cnam", " ok ", t1).orElseThrow();
        assertEquals(StepKind.UCANSS_REVIEW, next.getKind());
        assertEquals(StepStatus.PENDING, next.getStatus());
        assertEquals(t1, next.getSentAt());
        assertEquals("ok", process.getSteps().get(0).getComment());
        assertEquals(ProcessStatus.IN_PROGRESS, process.getStatus());

        Instant t2 = t1.plusSeconds(3600);
        assertTrue(process.answer(next, true, "admin.ucanss", null, t2).isEmpty());
        assertEquals(ProcessStatus.APPROVED, process.getStatus());
        assertEquals(t2, process.getEndedAt());
    }

    @Test
    void aRefusalEndsTheProcessAndCancelsWaitingSteps() {
        ApprovalProcess process = careersCommittee();
        assertTrue(process.answer(process.getSteps().get(0), false, "approbateur.cnam", "Profil inadapté", T0).isEmpty());
        assertEquals(ProcessStatus.REFUSED, process.getStatus());
        assertEquals(StepStatus.REFUSED, process.getSteps().get(0).getStatus());
        assertEquals(StepStatus.CANCELLED, process.getSteps().get(1).getStatus());
    }

    @Test
    void onlyThePendingStepOfARunningProcessIsAnswered() {
        ApprovalProcess process = careersCommittee();
        ApprovalStep waiting = process.getSteps().get(1);
        assertThrows(IllegalStateException.class, () -> process.answer(waiting, true, "admin.ucanss", null, T0));
        process.answer(process.getSteps().get(0), false, "approbateur.cnam", "non", T0);
        assertThrows(IllegalStateException.class,
                () -> process.answer(process.getSteps().get(0), true, "approbateur.cnam", null, T0), "answered twice");
    }

    @Test
    void cancellingStopsPendingAndWaitingSteps() {
        ApprovalProcess process = careersCommittee();
        process.cancel(T0);
        assertEquals(ProcessStatus.CANCELLED, process.getStatus());
        assertTrue(process.getSteps().stream().allMatch(s -> s.getStatus() == StepStatus.CANCELLED));
        assertTrue(process.pendingStep().isEmpty());
    }
}
