package org.liaison.domain.shared;

/**
 * The reason a person gives for a move that needs one (a cancellation, a withdrawal, a waiver, a deferral): required,
 * and no longer than the column that keeps it, so an over-long one is refused on its field instead of failing at the
 * database.
 */
public final class Reason {

    /** The length of every reason column (the migrations' varchar(500)). */
    public static final int MAX = 500;

    private Reason() {
    }

    /** The reason, stripped; refused on {@code field} with {@code message} when missing, or when too long. */
    public static String required(String reason, String field, String key, String message) {
        if (reason == null || reason.isBlank()) {
            throw DomainRuleViolation.onField(field, key, message);
        }
        return fitting(reason.strip(), field);
    }

    /** A reason that may be left out: stripped, null when blank, refused on {@code field} when too long. */
    public static String optional(String reason, String field) {
        return reason == null || reason.isBlank() ? null : fitting(reason.strip(), field);
    }

    private static String fitting(String text, String field) {
        if (text.length() > MAX) {
            throw DomainRuleViolation.onField(field, "reason.tooLong",
                    "Too long: at most " + MAX + " characters (this one has " + text.length() + ").");
        }
        return text;
    }
}
