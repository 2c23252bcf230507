package org.liaison.web.sharing;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a lazy autocomplete needs: the options it has offered (so a chosen id converts back to its option) and the
 * conversion both ways. One per picker on a view-scoped page.
 */
public final class Picker<T extends Serializable> implements Converter<T>, Serializable {

    private static final long serialVersionUID = 1L;

    /** How an option names its id; a serializable method reference. */
    public interface Id<T> extends Function<T, Long>, Serializable {
    }

    private final Id<T> id;
    private final Map<Long, T> known = new HashMap<>();

    public Picker(Id<T> id) {
        this.id = id;
    }

    /** Remembers what is offered, and returns it. */
    public List<T> offer(List<T> options) {
        options.forEach(o -> known.put(id.apply(o), o));
        return options;
    }

    @Override
    public T getAsObject(FacesContext context, UIComponent component, String value) {
        try {
            return value == null || value.isBlank() ? null : known.get(Long.valueOf(value));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, T value) {
        return value == null ? "" : String.valueOf(id.apply(value));
    }
}
