package org.liaison.domain.relationship;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A relationship's cadence clock: it starts when the relationship starts and starts again with every engagement.
 * A relationship that started today is within cadence, not "lapsed, never engaged".
 *
 * @param cadenceDays    how often the facility means to be in touch
 * @param startedOn      the day the relationship started (null only for records that predate the start date)
 * @param lastEngagement the last engagement on or before today, or null when there has been none
 */
public record CadenceClock(int cadenceDays, LocalDate startedOn, LocalDate lastEngagement) {

    /** The day the clock last started: the last engagement, else the relationship's start. */
    public LocalDate runningSince() {
        return lastEngagement != null ? lastEngagement : startedOn;
    }

    /** Whole days the clock has run by today; null when it never started. */
    public Integer daysRunning(LocalDate today) {
        LocalDate since = runningSince();
        return since == null ? null : (int) ChronoUnit.DAYS.between(since, today);
    }

    public Health health(LocalDate today) {
        return Health.of(cadenceDays, daysRunning(today));
    }

    /** How far through its cadence the clock is (1.0 on the cadence day); a clock that never started ranks first. */
    public double overdueRatio(LocalDate today) {
        Integer days = daysRunning(today);
        return days == null ? Double.MAX_VALUE : (double) days / cadenceDays;
    }
}
