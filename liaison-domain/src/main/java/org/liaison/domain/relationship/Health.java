package org.liaison.domain.relationship;

/**
 * How current a relationship is, derived from the days since the last engagement against the contact cadence.
 * Never stored: it changes with every passing day.
 */
public enum Health {
    WITHIN_CADENCE, DUE, LAPSED;

    /**
     * Within cadence up to and including 80 % of the cadence; due past 80 % up to and including the cadence day;
     * lapsed after it, or when there has never been an engagement.
     */
    public static Health of(int cadenceDays, Integer daysSinceLastEngagement) {
        if (daysSinceLastEngagement == null || daysSinceLastEngagement > cadenceDays) {
            return LAPSED;
        }
        // "past 80 %" in whole numbers: days / cadence > 4 / 5
        return daysSinceLastEngagement * 5L > cadenceDays * 4L ? DUE : WITHIN_CADENCE;
    }

    /** Worst first: lapsed, then due, then within cadence. */
    public int severity() {
        return switch (this) {
            case LAPSED -> 2;
            case DUE -> 1;
            case WITHIN_CADENCE -> 0;
        };
    }
}
