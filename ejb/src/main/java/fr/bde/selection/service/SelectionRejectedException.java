package fr.bde.selection.service;

import fr.bde.common.BusinessException;
import jakarta.ejb.ApplicationException;
import java.util.List;

/** Several fields of a selection form (message, interview) are wrong: each carries its field and key. */
@ApplicationException(rollback = true)
public class SelectionRejectedException extends BusinessException {

    private final transient List<BusinessException> problems;

    public SelectionRejectedException(List<BusinessException> problems) {
        super(problems.get(0).getField(), problems.get(0).getMessageKey(), problems.get(0).getArguments());
        this.problems = List.copyOf(problems);
    }

    public List<BusinessException> getProblems() {
        return problems;
    }
}
