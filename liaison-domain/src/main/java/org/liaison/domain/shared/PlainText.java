package org.liaison.domain.shared;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Free text (notes, summaries): line breaks and tabs are fine; other control characters and direction overrides not. */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainTextValidator.class)
public @interface PlainText {
    String message() default "{text.controlCharacters}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
