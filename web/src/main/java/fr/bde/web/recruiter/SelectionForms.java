package fr.bde.web.recruiter;

import fr.bde.common.BusinessException;
import fr.bde.selection.service.SelectionRejectedException;
import fr.bde.web.Messages;

/** Shows a refused selection action beside its fields (every wrong field at once). */
final class SelectionForms {

    private SelectionForms() {
    }

    static void error(String formId, BusinessException e) {
        if (e instanceof SelectionRejectedException rejected) {
            rejected.getProblems().forEach(p -> Messages.error(formId, p));
        } else {
            Messages.error(formId, e);
        }
    }
}
