package fr.bde.api.rest;

import fr.bde.common.BusinessException;

/** A query parameter out of range: answered 400. */
public class InvalidParameterException extends BusinessException {
    public InvalidParameterException(String parameter) {
        super(parameter, "api.invalidParameter", parameter);
    }
}
