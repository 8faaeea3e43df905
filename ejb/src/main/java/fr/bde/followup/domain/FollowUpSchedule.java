package fr.bde.followup.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The update deadline of a follow-up sheet (seed 002): counted in calendar days from the day the
 * sheet is modified, when the result changes, or when the actions done change with the result unchanged.
 */
public final class FollowUpSchedule {

    private FollowUpSchedule() {
    }

    public record Outcome(SheetStatus status, Optional<LocalDate> dueDate) {
    }

    /**
     * The status and due date after an edit made on {@code modifiedOn}. An edit that changes neither
     * the result (nor its recruitment state) nor the actions keeps the previous due date.
     */
    public static Outcome afterEdit(SheetResult result, RecruitmentState recruitment, boolean resultChanged,
                                    boolean actionsChanged, LocalDate modifiedOn, Optional<LocalDate> previousDueDate) {
        SheetStatus status = result.status(recruitment);
        if (!resultChanged && !actionsChanged) {
            return new Outcome(status, previousDueDate);
        }
        Optional<LocalDate> due = status.updateDelayDays().isPresent()
                ? Optional.of(modifiedOn.plusDays(status.updateDelayDays().getAsInt()))
                : Optional.empty();
        return new Outcome(status, due);
    }

    /** A sheet is overdue from its due date on. */
    public static boolean isOverdue(Optional<LocalDate> dueDate, LocalDate today) {
        return dueDate.isPresent() && !today.isBefore(dueDate.get());
    }
}
