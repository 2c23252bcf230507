package org.liaison.web.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How training states look on every page: one tone per status (the colours of the status tag) and one way to write
 * a time.
 */
@Named
@ApplicationScoped
public class TrainingTone {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    public String of(Object status) {
        String value = String.valueOf(status);
        return switch (value) {
            case "COMPLIANT", "ATTENDED", "CLOSED", "CONFIRMED" -> "ok";
            case "AT_RISK", "WAITLISTED", "AFTER_ACTION" -> "warn";
            case "NOT_COMPLIANT", "NO_SHOW" -> "bad";
            case "SCHEDULED", "CONDUCTED", "PLANNING", "REGISTERED" -> "info";
            case "CANCELLED" -> "ended";
            default -> "neutral";
        };
    }

    public String when(LocalDateTime at) {
        return at == null ? "" : DAY_TIME.format(at);
    }

    public String window(LocalDateTime starts, LocalDateTime ends) {
        if (starts == null || ends == null) {
            return "";
        }
        return DAY_TIME.format(starts) + "–" + (ends.toLocalDate().equals(starts.toLocalDate()) ? TIME.format(ends)
                : DAY_TIME.format(ends));
    }
}
