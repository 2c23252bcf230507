package org.liaison.domain.shared;

/**
 * How a partial change (an API PUT) treats a text field: one left out stays as it is, an empty one clears it.
 * A whole-record form always sends every field, so it clears a field by sending it empty.
 */
public final class PartialEdit {

    private PartialEdit() {
    }

    public static String text(String changed, String current) {
        if (changed == null) {
            return current;
        }
        return changed.isBlank() ? null : changed;
    }

    /** A form field left empty (which Faces submits as null) as the empty text that clears the field. */
    public static String fromForm(String submitted) {
        return submitted == null ? "" : submitted;
    }
}
