package fr.bde.followup.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a recruiter submits for a sheet (sections 2 to 4), and the seed's mandatory rules:
 * "non employable" needs one rejection cause at least, "Recrutement" a complete recruitment section.
 */
public record SheetEdit(Set<SheetAction> actions, SheetResult result, boolean noResponse, String comment,
                        Set<RejectionCause> rejectionCauses, SheetRecruitment recruitment) {

    public static final int COMMENT_MAX = 4000;

    /** A broken rule: the field it concerns and the bundle key of its message. */
    public record Violation(String field, String messageKey) {
    }

    public SheetEdit {
        actions = actions == null ? Set.of() : Set.copyOf(actions);
        rejectionCauses = rejectionCauses == null ? Set.of() : Set.copyOf(rejectionCauses);
        recruitment = recruitment == null ? SheetRecruitment.NONE : recruitment;
    }

    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (result == null) {
            violations.add(new Violation("result", "sar.sheet.error.resultRequired"));
            return violations;
        }
        if (result.requiresRejectionCause() && rejectionCauses.isEmpty()) {
            violations.add(new Violation("rejectionCauses", "sar.sheet.error.rejectionCauseRequired"));
        }
        if (result.requiresRecruitmentSection() && !recruitment.isComplete()) {
            violations.add(new Violation("recruitment", recruitment.recruitedOn() != null && recruitment.contract() != null
                    && recruitment.state() != null ? "sar.sheet.error.contractEndRequired"
                    : "sar.sheet.error.recruitmentRequired"));
        }
        if (comment != null && comment.length() > COMMENT_MAX) {
            violations.add(new Violation("comment", "sar.sheet.error.commentTooLong"));
        }
        return violations;
    }
}
