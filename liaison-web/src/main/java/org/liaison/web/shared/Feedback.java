package org.liaison.web.shared;

import jakarta.el.ValueExpression;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
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

    /**
     * Puts each field error beside its input (form:field), or on top when the page has no such input, and marks the
     * input invalid so it is drawn red and announced with aria-invalid.
     */
    public static void invalid(InvalidInput invalid, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        invalid.getFieldErrors().forEach((field, message) -> {
            String clientId = formId + ":" + field;
            UIComponent component = faces.getViewRoot().findComponent(":" + clientId);
            boolean shown = isShown(component);
            if (shown && component instanceof UIInput input) {
                markInvalid(faces, input);
            }
            faces.addMessage(shown ? clientId : null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message,
                    message));
        });
        faces.validationFailed();
    }

    /**
     * Whether the component is on the page: found, and neither it nor a parent left out (rendered="false"). A message
     * for a component left out would show nowhere, so it goes on top instead.
     */
    private static boolean isShown(UIComponent component) {
        for (UIComponent c = component; c != null; c = c.getParent()) {
            if (!c.isRendered()) {
                return false;
            }
        }
        return component != null;
    }

    /**
     * PrimeFaces then styles the input and its label as failed and sets aria-invalid. The error comes from the
     * service, after the model was updated, so the input holds no value of its own: an invalid input without one is
     * rendered empty (empty strings are read as null), and the user would lose what they typed in the very field to
     * correct. Its value is therefore taken back from the model first.
     */
    private static void markInvalid(FacesContext faces, UIInput input) {
        ValueExpression value = input.getValueExpression("value");
        if (input.getSubmittedValue() == null && !input.isLocalValueSet() && value != null) {
            input.setValue(value.getValue(faces.getELContext()));
        }
        input.setValid(false);
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
