package org.liaison.domain.training;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.liaison.domain.shared.DomainRuleViolation;

/**
 * When an exercise runs: a start and a later end, at most three days apart (a full-scale exercise over a long weekend
 * is the longest HSEEP plans for). Also kept as whole minutes, which is how the database compares windows and looks
 * for free slots without date arithmetic that differs between H2 and PostgreSQL.
 */
@Embeddable
public class TimeWindow implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Duration LONGEST = Duration.ofDays(3);

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(name = "start_minute", nullable = false)
    private long startMinute;

    @Column(name = "end_minute", nullable = false)
    private long endMinute;

    protected TimeWindow() {
    }

    public TimeWindow(LocalDateTime startsAt, LocalDateTime endsAt) {
        if (startsAt == null) {
            throw DomainRuleViolation.onField("startsAt", "exercise.startsAt.required", "Enter when the exercise starts.");
        }
        if (endsAt == null) {
            throw DomainRuleViolation.onField("endsAt", "exercise.endsAt.required", "Enter when the exercise ends.");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw DomainRuleViolation.onField("endsAt", "exercise.endsAt.beforeStart",
                    "The exercise must end after it starts.");
        }
        if (Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
            throw DomainRuleViolation.onField("endsAt", "exercise.endsAt.tooLong",
                    "An exercise lasts at most three days.");
        }
        this.startsAt = startsAt.withSecond(0).withNano(0);
        this.endsAt = endsAt.withSecond(0).withNano(0);
        this.startMinute = minute(this.startsAt);
        this.endMinute = minute(this.endsAt);
    }

    public static TimeWindow of(LocalDateTime startsAt, int minutes) {
        return new TimeWindow(startsAt, startsAt == null ? null : startsAt.plusMinutes(minutes));
    }

    /** Minutes since 1970-01-01 00:00 of the same local time; only differences and order matter. */
    public static long minute(LocalDateTime at) {
        return at.toEpochSecond(ZoneOffset.UTC) / 60;
    }

    public static LocalDateTime atMinute(long minute) {
        return LocalDateTime.ofEpochSecond(minute * 60, 0, ZoneOffset.UTC);
    }

    /** Two windows overlap when each starts before the other ends; back-to-back windows do not. */
    public boolean overlaps(TimeWindow other) {
        return startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }

    public long minutes() {
        return endMinute - startMinute;
    }

    /** Hours as credited for attending the whole exercise, to a quarter of an hour. */
    public double hours() {
        return Math.round(minutes() / 15.0) / 4.0;
    }

    public LocalDate day() {
        return startsAt.toLocalDate();
    }

    public LocalDateTime startsAt() { return startsAt; }
    public LocalDateTime endsAt() { return endsAt; }
    public long startMinute() { return startMinute; }
    public long endMinute() { return endMinute; }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeWindow w && Objects.equals(startsAt, w.startsAt) && Objects.equals(endsAt, w.endsAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startsAt, endsAt);
    }

    @Override
    public String toString() {
        return startsAt + "–" + endsAt.toLocalTime();
    }
}
