package fr.bde.web;

import fr.bde.common.AccessDeniedException;
import fr.bde.common.NotFoundException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Turns a refused access into HTTP 403 and an unknown object into 404 (with the French error
 * pages), whether the id came from a link or was forged in the URL. Anything else goes on to
 * the generic 500 page, which never shows a stack trace.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable cause = rootBusinessCause(events.next().getContext().getException());
            int status = cause instanceof AccessDeniedException || cause instanceof EJBAccessException ? 403 : cause instanceof NotFoundException ? 404 : 0;
            if (status != 0 && !context.getExternalContext().isResponseCommitted()) {
                events.remove();
                try {
                    context.getExternalContext().responseReset();
                    context.getExternalContext().responseSendError(status, null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                context.responseComplete();
            }
        }
        getWrapped().handle();
    }

    private static Throwable rootBusinessCause(Throwable t) {
        Throwable current = t;
        while (current != null) {
            if (current instanceof AccessDeniedException || current instanceof NotFoundException
                    || current instanceof EJBAccessException) {
                return current;
            }
            if (!(current instanceof FacesException) && current.getCause() == null) {
                return current;
            }
            current = current.getCause();
        }
        return t;
    }
}
