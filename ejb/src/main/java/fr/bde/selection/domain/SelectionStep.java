package fr.bde.selection.domain;

import fr.bde.jobapplication.domain.ApplicationStatus;
import java.util.Optional;

/**
 * The selection steps of seed 000 §1.9: usable in any order, each optional. The table says what
 * status the application takes and whether a message goes to the candidate by default; an
 * application withdrawn, rejected or hired takes no further step.
 */
public enum SelectionStep {
    //           status after the step        message by default
    PRESELECTION(ApplicationStatus.SUBMITTED, false),
    INTERVIEW(ApplicationStatus.SUBMITTED, false),
    REJECTION(ApplicationStatus.REJECTED, true),
    HIRING(ApplicationStatus.HIRED, true);

    private final ApplicationStatus status;
    private final boolean messageByDefault;

    SelectionStep(ApplicationStatus status, boolean messageByDefault) {
        this.status = status;
        this.messageByDefault = messageByDefault;
    }

    /** The application's status once the step is taken. */
    public ApplicationStatus getStatus() {
        return status;
    }

    public boolean isMessageByDefault() {
        return messageByDefault;
    }

    /** Ends the application's selection (rejection, hiring). */
    public boolean isFinal() {
        return status != ApplicationStatus.SUBMITTED;
    }

    /**
     * Why this step cannot be taken from the application's current status and step (a message key),
     * empty when it can: any step, in any order, while the application is open.
     */
    public Optional<String> refusal(ApplicationStatus current, SelectionStep currentStep) {
        return switch (current) {
            case WITHDRAWN -> Optional.of("selection.step.refused.withdrawn");
            case REJECTED, HIRED -> Optional.of("selection.step.refused.closed");
            case SUBMITTED -> currentStep == this ? Optional.of("selection.step.refused.already") : Optional.empty();
        };
    }
}
