package org.liaison.web.shared;

import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts that Java code shows on pages, from the same bundle as the views ({@code msg}). Keys follow the bundle's
 * convention; arguments are {@link MessageFormat} placeholders ({0}, {1}), so such texts write an apostrophe as ’.
 */
public final class Texts {

    public static final String BUNDLE = "org.liaison.web.messages";

    private Texts() {
    }

    public static String get(String key, Object... args) {
        Locale locale = locale();
        String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /**
     * A text whose key is made from data (an audited field's name, a record type), or the fallback when the bundle
     * has no text for it: such keys cannot all be listed ahead, so a missing one shows the name rather than fail.
     */
    public static String orElse(String key, String fallback) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale());
        return bundle.containsKey(key) ? bundle.getString(key) : fallback;
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getViewRoot() != null) {
            return faces.getViewRoot().getLocale();
        }
        return Locale.ENGLISH;
    }
}
