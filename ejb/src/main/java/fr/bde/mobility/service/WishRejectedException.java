package fr.bde.mobility.service;

import fr.bde.common.BusinessException;
import fr.bde.mobility.domain.WishForm;
import java.util.List;

/** The questionnaire has wrong or missing answers: all of them, each with its field. */
public class WishRejectedException extends BusinessException {

    private final transient List<WishForm.Problem> problems;

    public WishRejectedException(List<WishForm.Problem> problems) {
        super(problems.get(0).field(), problems.get(0).key());
        this.problems = List.copyOf(problems);
    }

    public List<WishForm.Problem> getProblems() {
        return problems;
    }
}
