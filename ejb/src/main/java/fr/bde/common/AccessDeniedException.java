package fr.bde.common;

import jakarta.ejb.ApplicationException;

/** The caller may not see or change this object: shown as HTTP 403. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends BusinessException {
    public AccessDeniedException() {
        super("error.accessDenied");
    }
}
