package org.liaison.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;

/** Validates input at the service boundary, so every client (page, API, import) gets the same rules. */
@ApplicationScoped
public class Validation {

    @Inject
    Validator validator;

    public <T> T check(T input) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw InvalidInput.from(violations);
        }
        return input;
    }
}
