package fr.bde.selection.domain;

/**
 * The default messages a recruiter starts from (mail bundle keys {@code selection.template.<NAME>.subject}
 * and {@code .body}), one per step and for the other occasions; always editable before sending.
 */
public enum MessageTemplate {
    PRESELECTION, INTERVIEW, REJECTION, HIRING, MESSAGE, RESCHEDULE, CANCELLATION, CLOSING;

    public static MessageTemplate of(SelectionStep step) {
        return valueOf(step.name());
    }

    public String subjectKey() {
        return "selection.template." + name() + ".subject";
    }

    public String bodyKey() {
        return "selection.template." + name() + ".body";
    }
}
