package org.liaison.web.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a lazy picker ({@code p:autoComplete}) has offered in this view, and the converter that turns a submitted id
 * back into one of those choices. A page never loads the whole list: each completion asks the service for a few
 * names in the caller's scope, and only an id that was offered (or was already chosen) converts; anything else is
 * refused like an unknown value. The service checks every id again, so this is about labels, not about trust.
 */
public class Choices implements Converter<Choice>, Serializable {

    private static final long serialVersionUID = 1L;
    /** The view keeps what it offered; beyond this many, older offers are forgotten (a view lives in the session). */
    private static final int REMEMBERED = 400;

    private final Remembered offered = new Remembered();

    /** Remembers the choices (a completion's answer or the record's current value) and hands them on. */
    public List<Choice> offer(List<Choice> choices) {
        choices.forEach(c -> offered.put(c.id(), c));
        return choices;
    }

    public Choice offer(Choice choice) {
        if (choice != null) {
            offered.put(choice.id(), choice);
        }
        return choice;
    }

    @Override
    public Choice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Choice choice = offered.get(Long.valueOf(value.trim()));
            if (choice != null) {
                return choice;
            }
        } catch (NumberFormatException e) {
            // falls through to the same refusal as an id that was never offered
        }
        String text = Texts.get("picker.unknown");
        throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Choice value) {
        return value == null || value.id() == null ? "" : String.valueOf(value.id());
    }

    /** Insertion order, oldest dropped first. */
    private static final class Remembered extends LinkedHashMap<Long, Choice> {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Choice> eldest) {
            return size() > REMEMBERED;
        }
    }
}
