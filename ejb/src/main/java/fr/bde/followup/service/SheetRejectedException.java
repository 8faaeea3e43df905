package fr.bde.followup.service;

import fr.bde.common.BusinessException;
import fr.bde.followup.domain.SheetEdit;
import jakarta.ejb.ApplicationException;
import java.util.List;

/** The sheet edit breaks the seed's rules; every violation names its field and message key. */
@ApplicationException(rollback = true)
public class SheetRejectedException extends BusinessException {

    private final List<SheetEdit.Violation> violations;

    public SheetRejectedException(List<SheetEdit.Violation> violations) {
        super(violations.get(0).field(), violations.get(0).messageKey());
        this.violations = List.copyOf(violations);
    }

    public List<SheetEdit.Violation> getViolations() {
        return violations;
    }
}
