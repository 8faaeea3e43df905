package fr.bde.common;

import jakarta.ejb.ApplicationException;

/** No such object: shown as HTTP 404. */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {
    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
