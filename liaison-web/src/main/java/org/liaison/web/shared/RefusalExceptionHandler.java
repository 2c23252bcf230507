package org.liaison.web.shared;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.liaison.platform.RecordNotFound;

/**
 * Answers full-page requests that a service refused ({@code @RolesAllowed}: {@link EJBAccessException},
 * {@link AccessLocalException}) or that named a record out of scope ({@link RecordNotFound}) with the not-found
 * page and status 404, the same answer as for an unknown id, so a refusal tells nothing. A page whose view state
 * is gone (expired, or forged) or that lacks its script nonce shows the "page expired" page with status 400 instead
 * of a 500. Any other failure
 * goes on to the container's error page, on a response started again. Ajax requests are left to OmniFaces'
 * handler, which renders the page web.xml maps to the exception type.
 */
public class RefusalExceptionHandler extends ExceptionHandlerWrapper {

    static final String EXPIRED_VIEW = "/WEB-INF/errorpages/expired.xhtml";
    private static final Logger LOG = Logger.getLogger("org.liaison.web");
    private static final int MAX_DEPTH = 16;

    public RefusalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && !faces.getPartialViewContext().isAjaxRequest()) {
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                Throwable thrown = events.next().getContext().getException();
                ExternalContext external = faces.getExternalContext();
                if (external.isResponseCommitted()) {
                    continue;
                }
                if (isRefusal(thrown)) {
                    events.remove();
                    LOG.fine(() -> "event=page.not_found path=" + external.getRequestServletPath() + " cause="
                            + thrown.getClass().getSimpleName());
                    sendNotFound(faces);
                } else if (isStalePostback(thrown)) {
                    events.remove();
                    showExpired(faces);
                }
            }
            if (getUnhandledExceptionQueuedEvents().iterator().hasNext()
                    && !faces.getExternalContext().isResponseCommitted()) {
                startAgain(faces.getExternalContext()); // the container's error page, without the failed page's policy
            }
        }
        getWrapped().handle();
    }

    private static void sendNotFound(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        startAgain(external);
        try {
            external.responseSendError(404, null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** The expired page, rendered in place of the view that could not be restored. */
    private static void showExpired(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        startAgain(external);
        external.setResponseStatus(400);
        faces.setViewRoot(faces.getApplication().getViewHandler().createView(faces, EXPIRED_VIEW));
        faces.renderResponse();
    }

    /**
     * The refused page may have been half rendered, with PrimeFaces' script nonce already in its policy header: the
     * response starts again, keeping the headers that do not belong to that page (security headers, cookies), so the
     * error page's own nonce is the only one the browser sees.
     */
    private static void startAgain(ExternalContext external) {
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (String name : response.getHeaderNames()) {
            if (!"Content-Type".equalsIgnoreCase(name) && !"Content-Length".equalsIgnoreCase(name)) {
                List<String> values = response.getHeaders(name).stream().filter(v -> !v.contains("'nonce-")).toList();
                if (!values.isEmpty()) {
                    kept.put(name, values);
                }
            }
        }
        external.responseReset();
        kept.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
    }

    /**
     * A postback that cannot be trusted as it stands: its view state is gone or forged, or it lacks the script nonce
     * PrimeFaces gave the page (a form posted by a script or a scanner, not by the page). Either way the user is
     * sent back to a fresh page, with 400: the request was bad, not the server.
     */
    static boolean isStalePostback(Throwable thrown) {
        return causeOfType(thrown, ViewExpiredException.class) != null
                || causeOfType(thrown, org.primefaces.csp.CspException.class) != null;
    }

    static boolean isRefusal(Throwable thrown) {
        return causeOfType(thrown, EJBAccessException.class) != null
                || causeOfType(thrown, AccessLocalException.class) != null
                || causeOfType(thrown, RecordNotFound.class) != null;
    }

    private static <T extends Throwable> T causeOfType(Throwable thrown, Class<T> type) {
        Throwable current = thrown;
        for (int depth = 0; depth < MAX_DEPTH && current != null; depth++) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            current = current.getCause();
        }
        return null;
    }
}
