package org.liaison.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.liaison.platform.InvalidInput;
import org.omnifaces.util.Messages;

/**
 * Tells the user what happened: success after a redirect, errors beside the field they concern. Texts are bundle
 * keys with their arguments ({@link Texts}); only messages that already come worded from a service or an entity
 * (a refused state move, a field error) are shown as given.
 */
public final class Feedback {

    private Feedback() {
    }

    /** A success message that survives the redirect after a save. */
    public static void savedAndRedirecting(String key, Object... args) {
        Messages.addFlashGlobalInfo(Texts.get(key, args));
    }

    public static void info(String key, Object... args) {
        Messages.addGlobalInfo(Texts.get(key, args));
    }

    public static void error(String key, Object... args) {
        Messages.addGlobalError(Texts.get(key, args));
    }

    /** An error worded by the service or entity that refused (e.g. an illegal state move). */
    public static void refused(String message) {
        Messages.addGlobalError(message);
    }

    /** Puts each field error beside its input (form:field), or on top when the page has no such input. */
    public static void invalid(InvalidInput invalid, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        invalid.getFieldErrors().forEach((field, message) -> {
            String clientId = formId + ":" + field;
            boolean onPage = faces.getViewRoot().findComponent(":" + clientId) != null;
            faces.addMessage(onPage ? clientId : null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message,
                    message));
        });
        faces.validationFailed();
    }

    /** A file refused or missing, said beside its file field (form:field), where the person looks. */
    public static void besideFile(String formId, String fieldId, String message) {
        invalid(InvalidInput.of(fieldId, message), formId);
    }

    public static void stale() {
        error("feedback.stale");
        FacesContext.getCurrentInstance().validationFailed();
    }
}
