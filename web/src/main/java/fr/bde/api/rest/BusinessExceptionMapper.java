package fr.bde.api.rest;

import fr.bde.common.AccessDeniedException;
import fr.bde.common.BusinessException;
import fr.bde.common.NotFoundException;
import fr.bde.web.Messages;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Business refusals as RFC 9457 problems: 404 unknown, 403 refused, 400 otherwise. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(BusinessException e) {
        int status = e instanceof NotFoundException ? 404 : e instanceof AccessDeniedException ? 403 : 400;
        String title = Response.Status.fromStatusCode(status).getReasonPhrase();
        ProblemDto problem = new ProblemDto("about:blank", title, status,
                Messages.text(e.getMessageKey(), e.getArguments()),
                uriInfo == null ? null : uriInfo.getRequestUri().getPath());
        return Response.status(status).type(ProblemDto.MEDIA_TYPE).entity(problem).build();
    }
}
