package fr.bde.screening.service;

import fr.bde.selection.service.ApplicationCriterion;
import jakarta.persistence.Query;

/**
 * The recruiter's filter of an offer's applications on their answers; each part optional:
 * the answer given to one question, and/or whether any knock-out criterion failed. A criterion of the
 * selection list ({@link fr.bde.selection.service.ApplicationFilter#and}).
 */
public record AnswerFilter(Long questionId, String answer, Boolean knockedOut) implements ApplicationCriterion {

    private boolean onAnswer() {
        return questionId != null && answer != null;
    }

    /** Nothing chosen: the list is not narrowed. */
    public boolean isEmpty() {
        return !onAnswer() && knockedOut == null;
    }

    @Override
    public String condition() {
        StringBuilder condition = new StringBuilder("1 = 1");
        if (onAnswer()) {
            condition.append(" and exists (select 1 from ScreeningAnswer s where s.application = a "
                    + "and s.question.id = :answerQuestion and s.answer = :answerGiven)");
        }
        if (knockedOut != null) {
            condition.append(knockedOut ? " and" : " and not").append(
                    " exists (select 1 from ScreeningAnswer k where k.application = a and k.knockedOut = true)");
        }
        return condition.toString();
    }

    @Override
    public void bind(Query query) {
        if (onAnswer()) {
            query.setParameter("answerQuestion", questionId).setParameter("answerGiven", answer);
        }
    }
}
