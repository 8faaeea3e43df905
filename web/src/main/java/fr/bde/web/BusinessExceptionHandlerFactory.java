package fr.bde.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link BusinessExceptionHandler}. */
public class BusinessExceptionHandlerFactory extends ExceptionHandlerFactory {

    public BusinessExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new BusinessExceptionHandler(getWrapped().getExceptionHandler());
    }
}
