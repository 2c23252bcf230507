package org.liaison.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.liaison.platform.InvalidInput;
import org.omnifaces.util.Messages;

/** Tells the user what happened: success after a redirect, errors beside the field they concern. */
public final class Feedback {

    private Feedback() {
    }

    /** A success message that survives the redirect after a save. */
    public static void savedAndRedirecting(String text) {
        Messages.addFlashGlobalInfo(text);
    }

    public static void info(String text) {
        Messages.addGlobalInfo(text);
    }

    public static void error(String text) {
        Messages.addGlobalError(text);
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

    public static void stale() {
        error("Someone else changed this record while you were editing. Nothing was overwritten: open it again to"
                + " see their change, then apply yours.");
        FacesContext.getCurrentInstance().validationFailed();
    }
}
