package fr.bde.web.candidate;

import fr.bde.candidate.service.AccountRejectedException;
import fr.bde.common.BusinessException;
import fr.bde.web.Messages;

/** Shows a refused account form: each problem beside its field (and in the summary). */
final class FormMessages {

    private FormMessages() {
    }

    static void show(String form, BusinessException e) {
        if (e instanceof AccountRejectedException rejected) {
            rejected.getProblems().forEach(problem -> Messages.error(form, problem));
        } else {
            Messages.error(form, e);
        }
    }
}
