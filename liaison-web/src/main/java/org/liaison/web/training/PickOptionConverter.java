package org.liaison.web.training;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Carries a picked option through the page as "id:label", so a lazy picker needs no list kept on the server. The id
 * is only a wish: every service checks the id it is given against the caller's scope.
 */
@FacesConverter("pickOption")
public class PickOptionConverter implements Converter<PickOption> {

    @Override
    public PickOption getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int colon = value.indexOf(':');
        try {
            return new PickOption(Long.valueOf(colon < 0 ? value : value.substring(0, colon)),
                    colon < 0 ? value : value.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new ConverterException("Not a choice from the list.", e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, PickOption value) {
        return value == null ? "" : value.id() + ":" + value.label();
    }
}
