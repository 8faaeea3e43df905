package fr.bde.selection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.bde.common.BusinessException;
import fr.bde.jobapplication.domain.ApplicationStatus;
import fr.bde.jobapplication.domain.DocumentType;
import fr.bde.jobapplication.domain.JobApplication;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed 000 §1.9: steps in any order, optional; rejection and hiring end the selection. */
class SelectionStepTest {

    @ParameterizedTest(name = "{0} gives {1}, final {2}, message by default {3}")
    @CsvSource(delimiter = '|', textBlock = """
            PRESELECTION | SUBMITTED | false | false
            INTERVIEW    | SUBMITTED | false | false
            REJECTION    | REJECTED  | true  | true
            HIRING       | HIRED     | true  | true
            """)
    void eachStepSetsItsStatus(SelectionStep step, ApplicationStatus status, boolean isFinal, boolean message) {
        assertEquals(status, step.getStatus());
        assertEquals(isFinal, step.isFinal());
        assertEquals(message, step.isMessageByDefault());
    }

    @ParameterizedTest(name = "{2} from {0} (step {1}): {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            SUBMITTED | -            | PRESELECTION | -
            SUBMITTED | -            | INTERVIEW    | -
            SUBMITTED | -            | REJECTION    | -
            SUBMITTED | -            | HIRING       | -
            SUBMITTED | INTERVIEW    | PRESELECTION | -
            SUBMITTED | PRESELECTION | HIRING       | -
            SUBMITTED | INTERVIEW    | REJECTION    | -
            SUBMITTED | PRESELECTION | PRESELECTION | selection.step.refused.already
            SUBMITTED | INTERVIEW    | INTERVIEW    | selection.step.refused.already
            WITHDRAWN | -            | PRESELECTION | selection.step.refused.withdrawn
            WITHDRAWN | INTERVIEW    | REJECTION    | selection.step.refused.withdrawn
            REJECTED  | REJECTION    | HIRING       | selection.step.refused.closed
            REJECTED  | REJECTION    | PRESELECTION | selection.step.refused.closed
            HIRED     | HIRING       | REJECTION    | selection.step.refused.closed
            HIRED     | HIRING       | INTERVIEW    | selection.step.refused.closed
            """)
    void anyOrderWhileOpenNothingOnceEnded(ApplicationStatus status, SelectionStep current, SelectionStep next,
                                           String refusal) {
        assertEquals(refusal, next.refusal(status, current).orElse(null));
    }

    @Test
    void anApplicationTakesStepsInAnyOrderUntilHired() {
        JobApplication application = new JobApplication(null, "Léa", "Petit", "lea@example.fr", null, "cv.pdf",
                DocumentType.PDF, new byte[] {1}, Instant.EPOCH);
        application.takeStep(SelectionStep.INTERVIEW, Instant.EPOCH);
        application.takeStep(SelectionStep.PRESELECTION, Instant.EPOCH);
        application.takeStep(SelectionStep.HIRING, Instant.EPOCH);
        assertEquals(ApplicationStatus.HIRED, application.getStatus());
        assertEquals(SelectionStep.HIRING, application.getStep());
        BusinessException refused = assertThrows(BusinessException.class,
                () -> application.takeStep(SelectionStep.REJECTION, Instant.EPOCH));
        assertEquals("selection.step.refused.closed", refused.getMessageKey());
        assertEquals("Léa Petit", refused.getArguments()[0]);
    }
}
