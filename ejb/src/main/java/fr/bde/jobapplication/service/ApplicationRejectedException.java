package fr.bde.jobapplication.service;

import fr.bde.common.BusinessException;
import jakarta.ejb.ApplicationException;
import java.util.List;

/** Several fields of an application are wrong: each carries its own field and message key. */
@ApplicationException(rollback = true)
public class ApplicationRejectedException extends BusinessException {

    private final transient List<BusinessException> problems;

    public ApplicationRejectedException(List<BusinessException> problems) {
        super(problems.get(0).getField(), problems.get(0).getMessageKey(), problems.get(0).getArguments());
        this.problems = List.copyOf(problems);
    }

    public List<BusinessException> getProblems() {
        return problems;
    }
}
