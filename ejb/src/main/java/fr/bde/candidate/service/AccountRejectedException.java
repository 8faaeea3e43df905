package fr.bde.candidate.service;

import fr.bde.common.BusinessException;
import jakarta.ejb.ApplicationException;
import java.util.List;

/** Several fields of an account form are wrong: each carries its own field and message key. */
@ApplicationException(rollback = true)
public class AccountRejectedException extends BusinessException {

    private final transient List<BusinessException> problems;

    public AccountRejectedException(List<BusinessException> problems) {
        super(problems.get(0).getField(), problems.get(0).getMessageKey(), problems.get(0).getArguments());
        this.problems = List.copyOf(problems);
    }

    public List<BusinessException> getProblems() {
        return problems;
    }
}
