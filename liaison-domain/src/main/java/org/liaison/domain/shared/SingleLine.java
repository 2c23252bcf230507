package org.liaison.domain.shared;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A name, title or number: one line of printable text. Control characters (NUL, ESC, line breaks) and the Unicode
 * direction overrides (which make "gpj.exe" read as "exe.jpg") are refused: they corrupt exports, logs and the
 * printed contact sheet, and are never typed on purpose.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainTextValidator.SingleLineValidator.class)
public @interface SingleLine {
    String message() default "{text.singleLine}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
