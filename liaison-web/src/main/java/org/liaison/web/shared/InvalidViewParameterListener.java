package org.liaison.web.shared;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page opened with a parameter that does not convert (an id like {@code abc}, or one too large for a number)
 * names no record: it answers the not-found page with status 404, for every page, instead of rendering a page
 * without its record. On a first GET only view parameters are converted, so a failure there is theirs.
 */
public class InvalidViewParameterListener implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.isPostback() && faces.isValidationFailed() && !faces.getResponseComplete()
                && !faces.getExternalContext().isResponseCommitted()) {
            try {
                faces.getExternalContext().responseSendError(404, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }
}
