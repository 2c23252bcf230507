package org.liaison.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.liaison.platform.InvalidInput;

/** Parses the parts of a JSON payload that JSON-B would reject with an unhelpful message. */
final class Inputs {

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

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, "Must be a date as YYYY-MM-DD.");
        }
    }

    private static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
