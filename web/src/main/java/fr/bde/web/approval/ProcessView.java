package fr.bde.web.approval;

import fr.bde.approval.domain.ApprovalKind;
import fr.bde.approval.domain.ApprovalProcess;
import fr.bde.approval.domain.ProcessStatus;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An approval process with its steps, as the offer's approval tab and the approver's page show it. */
public record ProcessView(Long id, ApprovalKind kind, int offerVersion, ProcessStatus status, String message,
                          LocalDate dueDate, boolean alertRequester, Instant startedAt, String startedBy,
                          Instant endedAt, List<StepView> steps) implements Serializable {

    public static ProcessView of(ApprovalProcess process) {
        return new ProcessView(process.getId(), process.getKind(), process.getOfferVersion(), process.getStatus(),
                process.getMessage(), process.getDueDate(), process.isAlertRequester(), process.getStartedAt(),
                process.getStartedBy(), process.getEndedAt(),
                process.getSteps().stream().map(StepView::of).toList());
    }

    public boolean inProgress() {
        return status == ProcessStatus.IN_PROGRESS;
    }

    /** Overdue: still in progress after its due date. */
    public boolean overdue(LocalDate today) {
        return inProgress() && dueDate.isBefore(today);
    }
}
