package fr.bde.common;

import jakarta.ejb.ApplicationException;

/**
 * A business rule refused the request. Carries a message key of the application bundle
 * (and its arguments); screens show the French text, REST maps it to a 4xx problem.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    private final String field;

    public BusinessException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    /** A failure tied to one input field, so the screen can show it beside that field. */
    public BusinessException(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments == null ? new Object[0] : arguments.clone();
    }

    public String getField() {
        return field;
    }
}
