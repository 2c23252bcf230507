package org.liaison.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.liaison.platform.InvalidInput;

/** Parses the parts of a JSON payload that JSON-B would reject with an unhelpful message. */
final class Inputs {

    /** Dates outside these years are typing mistakes (0000-01-01, +99999-01-01), not agreements or engagements. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;

    private Inputs() {
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw InvalidInput.of(field, "Required; one of " + names(type) + ".");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(field, "Must be one of " + names(type) + ".");
        }
    }

    /** The date given, or {@code otherwise} when it is left out or sent empty. */
    static LocalDate dateOr(String value, String field, LocalDate otherwise) {
        LocalDate date = date(value, field);
        return date == null ? otherwise : date;
    }

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, "Must be a date as YYYY-MM-DD.");
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw InvalidInput.of(field, "Must be a date between " + FIRST_YEAR + " and " + LAST_YEAR + ".");
        }
        return date;
    }

    /** A whole number the caller chose within bounds, e.g. a number of days; null when not given. */
    static Integer bounded(Integer value, int min, int max, String field) {
        if (value != null && (value < min || value > max)) {
            throw InvalidInput.of(field, "Must be between " + min + " and " + max + ".");
        }
        return value;
    }

    /**
     * Collects every problem of a payload before answering, so a client hears about the unknown enum value and the
     * blank name in one 400 rather than one at a time.
     */
    static final class Collector {

        private final java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();

        <E extends Enum<E>> E enumValue(Class<E> type, String value, String field, boolean required) {
            try {
                return Inputs.enumValue(type, value, field, required);
            } catch (InvalidInput e) {
                errors.putAll(e.getFieldErrors());
                return null;
            }
        }

        LocalDate date(String value, String field) {
            try {
                return Inputs.date(value, field);
            } catch (InvalidInput e) {
                errors.putAll(e.getFieldErrors());
                return null;
            }
        }

        void required(Object value, String field, String message) {
            if (value == null) {
                errors.putIfAbsent(field, message);
            }
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
        }

        /**
         * Throws when a value could not even be parsed, together with the record's Bean Validation messages (except
         * on fields the service sets itself), so the client hears everything at once. When everything parsed, the
         * record goes on unvalidated: the service validates it, once, as it does for every other client.
         */
        <T> T validated(T record, jakarta.validation.Validator validator, String... setByService) {
            if (errors.isEmpty()) {
                return record;
            }
            java.util.Set<String> skip = java.util.Set.of(setByService);
            validator.validate(record).stream().filter(v -> !skip.contains(v.getPropertyPath().toString()))
                    .forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
            throw new InvalidInput(errors);
        }
    }

    private static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
