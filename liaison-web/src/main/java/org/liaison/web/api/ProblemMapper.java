package org.liaison.web.api;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.platform.DatabaseOutage;
import org.liaison.platform.InvalidInput;
import org.liaison.platform.RecordNotFound;
import org.liaison.platform.StaleRecord;
import org.liaison.web.health.DatabaseBreaker;

/** Turns every failure into application/problem+json, without stack traces or server names. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    /** Also written by the authentication mechanism when it cannot reach the accounts. */
    public static final String UNAVAILABLE = "The database cannot be reached right now. Nothing was changed;"
            + " try again in a minute.";

    /** Rules about an uploaded file that HTTP has a status for. */
    private static final java.util.Map<String, Integer> UPLOAD_STATUS = java.util.Map.of("document.notPdf", 415,
            "document.tooLarge", 413, "attachment.unsupportedType", 415);

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable failure = unwrap(thrown);
        if (failure instanceof InvalidInput invalid) {
            return Problem.invalid(invalid.getFieldErrors());
        }
        if (failure instanceof ConstraintViolationException violated) {
            // a rule no service check ran before the write, caught by JPA's own validation when it flushed
            return Problem.invalid(InvalidInput.from(violated.getConstraintViolations()).getFieldErrors());
        }
        if (failure instanceof RecordNotFound) {
            return Problem.response(404, "Not found", "No such record.");
        }
        if (failure instanceof StaleRecord || failure instanceof OptimisticLockException) {
            return Problem.response(409, "Conflict", "Someone else changed this record after you read it. Reload it"
                    + " and apply your change again; nothing was overwritten.");
        }
        if (failure instanceof DomainRuleViolation rule && rule.getField() != null) {
            return Problem.invalid(java.util.Map.of(rule.getField(), rule.getMessage()));
        }
        if (failure instanceof DomainRuleViolation rule && UPLOAD_STATUS.containsKey(rule.getMessageKey())) {
            return Problem.response(UPLOAD_STATUS.get(rule.getMessageKey()), "Unsupported upload", rule.getMessage());
        }
        if (failure instanceof DomainRuleViolation rule) {
            return Problem.response(409, "Not allowed", rule.getMessage());
        }
        if (isAccessDenied(failure)) {
            return Problem.response(403, "Forbidden", "Your role does not allow this.");
        }
        if (failure instanceof JsonbException || failure instanceof JsonParsingException) {
            return Problem.response(400, "Malformed request", "The request body is not the JSON this endpoint expects.");
        }
        if (failure instanceof NotSupportedException && !Endpoints.mayUse(uri.getPath(), request.getMethod(),
                security::isUserInRole)) {
            // the media type was refused while the method was still being chosen: the role comes first
            return Problem.response(403, "Forbidden", "Your role does not allow this.");
        }
        if (failure instanceof WebApplicationException web && isProblem(web.getResponse())) {
            return web.getResponse();
        }
        if (failure instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return Problem.response(status, web.getResponse().getStatusInfo().getReasonPhrase(),
                    status == 404 ? "No such resource." : "The request could not be processed.");
        }
        if (DatabaseOutage.isCauseOf(thrown)) {
            // Logged once per outage by the breaker, not once per request.
            DatabaseBreaker.process().failed("api", DatabaseOutage.reason(thrown));
            return Response.fromResponse(Problem.response(503, "Service unavailable", UNAVAILABLE))
                    .header("Retry-After", "30").build();
        }
        LOG.log(Level.SEVERE, "event=api.error", thrown);
        return Problem.response(500, "Internal error", "Something went wrong on our side; it has been logged.");
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable current = thrown;
        for (int depth = 0; depth < 8 && current != null; depth++) {
            if (isKnownCause(current)) {
                return current;
            }
            if (current instanceof EJBException && !isAccessDenied(current) && current.getCause() != null) {
                current = current.getCause();
                continue;
            }
            if (current.getCause() != null && !(current instanceof WebApplicationException)
                    && !(current instanceof InvalidInput) && !isAccessDenied(current)) {
                Throwable deeper = findKnown(current.getCause());
                if (deeper != null) {
                    return deeper;
                }
            }
            return current;
        }
        return thrown;
    }

    /** An answer already written as a problem (by the body reader, say) goes out as it is. */
    private static boolean isProblem(Response response) {
        return response.hasEntity() && response.getEntity() instanceof Problem;
    }

    /** A role check refused the call: EJBAccessException, or AccessLocalException for local (no-interface) beans. */
    private static boolean isAccessDenied(Throwable thrown) {
        return thrown instanceof EJBAccessException || thrown instanceof AccessLocalException;
    }

    /** Failures that arrive wrapped (by JSON-B, the EJB container, JPA) and are answered as what they are. */
    private static boolean isKnownCause(Throwable t) {
        return t instanceof JsonbException || t instanceof JsonParsingException || t instanceof OptimisticLockException
                || t instanceof ConstraintViolationException;
    }

    private static Throwable findKnown(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (isKnownCause(t)) {
                return t;
            }
        }
        return null;
    }
}
