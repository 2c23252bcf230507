package org.liaison.web.meeting;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * A picker's choice in the page as "id:label", so the chosen items render and post back without a lookup; the
 * services check every id again (scope), so nothing here is trusted.
 */
@FacesConverter("liaison.option")
public class OptionConverter implements Converter<Option> {

    @Override
    public Option getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int colon = value.indexOf(':');
        try {
            return new Option(Long.valueOf(colon < 0 ? value : value.substring(0, colon)),
                    colon < 0 ? value : value.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new ConverterException("Not a choice of this list");
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Option value) {
        return value == null ? "" : value.id() + ":" + value.label();
    }
}
