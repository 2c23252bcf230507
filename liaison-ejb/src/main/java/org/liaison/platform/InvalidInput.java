package org.liaison.platform;

import jakarta.ejb.ApplicationException;
import jakarta.validation.ConstraintViolation;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Input that breaks a validation rule, with one message per field. */
@ApplicationException(rollback = true)
public class InvalidInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldErrors;

    public InvalidInput(Map<String, String> fieldErrors) {
        super("Invalid input: " + fieldErrors.keySet());
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(Map.of(field, message));
    }

    public static InvalidInput from(Collection<? extends ConstraintViolation<?>> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        violations.forEach(v -> errors.putIfAbsent(v.getPropertyPath().toString(), v.getMessage()));
        return new InvalidInput(errors);
    }

    /** The same errors under a page's names for some fields, where its inputs are named unlike the service's. */
    public InvalidInput renamed(Map<String, String> pageNames) {
        Map<String, String> errors = new LinkedHashMap<>();
        fieldErrors.forEach((field, message) -> errors.put(pageNames.getOrDefault(field, field), message));
        return new InvalidInput(errors);
    }

    public Map<String, String> getFieldErrors() {
        return fieldErrors;
    }
}
