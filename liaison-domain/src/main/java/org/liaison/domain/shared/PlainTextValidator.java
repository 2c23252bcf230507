package org.liaison.domain.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** The characters {@link PlainText} and {@link SingleLine} refuse. */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return isPlainText(value, true);
    }

    /** True when the text has no control character (but tab and, if allowed, line breaks) and no direction override. */
    public static boolean isPlainText(String value, boolean lineBreaksAllowed) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r';
            if (lineBreak && !lineBreaksAllowed) {
                return false;
            }
            if (Character.isISOControl(c) && c != '\t' && !lineBreak || isDirectionControl(c)) {
                return false;
            }
        }
        return true;
    }

    /** LRE, RLE, PDF, LRO, RLO (U+202A–U+202E), the isolates (U+2066–U+2069) and LRM/RLM marks. */
    private static boolean isDirectionControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F';
    }

    /** The {@link SingleLine} rule: plain text without line breaks. */
    public static class SingleLineValidator implements ConstraintValidator<SingleLine, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return isPlainText(value, false);
        }
    }
}
