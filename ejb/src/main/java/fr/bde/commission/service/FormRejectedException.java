package fr.bde.commission.service;

import fr.bde.common.BusinessException;
import jakarta.ejb.ApplicationException;
import java.util.List;

/** Several fields of a SAR form are wrong: each problem carries its field and message key. */
@ApplicationException(rollback = true)
public class FormRejectedException extends BusinessException {

    private final transient List<BusinessException> problems;

    public FormRejectedException(List<BusinessException> problems) {
        super(problems.get(0).getField(), problems.get(0).getMessageKey(), problems.get(0).getArguments());
        this.problems = List.copyOf(problems);
    }

    public List<BusinessException> getProblems() {
        return problems;
    }

    /** Throws when any problem was found. */
    public static void throwIfAny(List<BusinessException> problems) {
        if (!problems.isEmpty()) {
            throw new FormRejectedException(problems);
        }
    }
}
