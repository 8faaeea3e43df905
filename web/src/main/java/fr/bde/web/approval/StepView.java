package fr.bde.web.approval;

import fr.bde.approval.domain.ApprovalStep;
import fr.bde.approval.domain.StepKind;
import fr.bde.approval.domain.StepStatus;
import java.io.Serializable;
import java.time.Instant;

/** One step of an approval process as the screens show it (no entity kept in view state). */
public record StepView(Long id, int position, StepKind kind, String organisation, StepStatus status, Instant sentAt,
                       Instant answeredAt, String answeredBy, String comment) implements Serializable {

    public static StepView of(ApprovalStep step) {
        return new StepView(step.getId(), step.getPosition(), step.getKind(), step.getApproverOrganisation().getName(),
                step.getStatus(), step.getSentAt(), step.getAnsweredAt(), step.getAnsweredBy(), step.getComment());
    }

    /** Bundle key of the step's state: an EN3S approval reads "validated", the others "approved". */
    public String statusKey() {
        return kind == StepKind.EN3S && status == StepStatus.APPROVED ? "StepStatus.VALIDATED" : "StepStatus." + status.name();
    }
}
