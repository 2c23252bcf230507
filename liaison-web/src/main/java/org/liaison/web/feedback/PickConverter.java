package org.liaison.web.feedback;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * Carries a {@link Pick} through an autocomplete as "id:label". The id is only a choice: the service checks it
 * against the caller's scope like any id a client sends.
 */
@FacesConverter("pick")
public class PickConverter implements Converter<Pick> {

    @Override
    public Pick getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int colon = value.indexOf(':');
        try {
            return colon < 0 ? new Pick(Long.valueOf(value.trim()), value)
                    : new Pick(Long.valueOf(value.substring(0, colon)), value.substring(colon + 1));
        } catch (NumberFormatException notAPick) {
            return null; // free text that matched nothing: no choice
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Pick value) {
        return value == null ? "" : value.id() + ":" + value.label();
    }
}
