package org.liaison.domain.meeting;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import net.fortuna.ical4j.model.Recur;
import org.liaison.domain.shared.DomainRuleViolation;

/**
 * An iCalendar (RFC 5545) recurrence rule such as {@code FREQ=MONTHLY;BYDAY=2TU} (monthly on the second Tuesday) or
 * {@code FREQ=MONTHLY;INTERVAL=3} (quarterly). Parsing and expansion are ical4j's; the rule is kept as its text, so a
 * calendar feed can hand it on unchanged.
 */
public final class Recurrence implements Serializable {

    private static final long serialVersionUID = 1L;
    /** A series runs at most this many occurrences ahead: enough for any liaison meeting, bounded for the database. */
    public static final int MAX_OCCURRENCES = 500;

    private final String rule;

    private Recurrence(String rule) {
        this.rule = rule;
    }

    /** The rule, or a refusal on the field {@code rrule} when ical4j cannot read it or it would never end daily. */
    /** The length of the series' column that keeps the rule. */
    public static final int MAX_LENGTH = 300;

    public static Recurrence of(String rule) {
        if (rule == null || rule.isBlank()) {
            throw DomainRuleViolation.onField("rrule", "meeting.rrule.required", "Give the repeat rule (RRULE).");
        }
        String text = rule.trim();
        if (text.regionMatches(true, 0, "RRULE:", 0, 6)) {
            text = text.substring(6);
        }
        if (text.length() > MAX_LENGTH) {
            throw DomainRuleViolation.onField("rrule", "meeting.rrule.tooLong",
                    "Too long: a repeat rule has at most " + MAX_LENGTH + " characters.");
        }
        Recur<LocalDateTime> recur;
        try {
            recur = new Recur<>(text);
        } catch (RuntimeException e) {
            throw DomainRuleViolation.onField("rrule", "meeting.rrule.invalid",
                    "Not a repeat rule a calendar understands (e.g. FREQ=MONTHLY;BYDAY=2TU).");
        }
        if (recur.getFrequency() == null) {
            throw DomainRuleViolation.onField("rrule", "meeting.rrule.invalid",
                    "Not a repeat rule a calendar understands (e.g. FREQ=MONTHLY;BYDAY=2TU).");
        }
        switch (recur.getFrequency()) {
            case SECONDLY, MINUTELY, HOURLY -> throw DomainRuleViolation.onField("rrule", "meeting.rrule.tooFrequent",
                    "A meeting series repeats at most daily.");
            default -> { }
        }
        return new Recurrence(recur.toString());
    }

    private Recur<LocalDateTime> recur() {
        return new Recur<>(rule);
    }

    /** The starts of the occurrences from {@code seed} (the first one) that begin within [from, to). */
    public List<LocalDateTime> starts(LocalDateTime seed, LocalDateTime from, LocalDateTime to) {
        return recur().getDates(seed, from, to, MAX_OCCURRENCES).stream()
                .filter(d -> !d.isBefore(from) && d.isBefore(to)).sorted().toList();
    }

    /** The same rule ending after its first {@code occurrences} (for the part of a split series before the split). */
    public Recurrence endingAfter(int occurrences) {
        Recur<LocalDateTime> ended = new Recur.Builder<>(recur()).until(null).count(Math.max(1, occurrences)).build();
        return new Recurrence(ended.toString());
    }

    /** The same rule with {@code used} occurrences taken off its count, if it has one (the part after a split). */
    public Recurrence withoutFirst(int used) {
        Recur<LocalDateTime> recur = recur();
        if (recur.getCount() < 1) {
            return this;
        }
        return new Recurrence(new Recur.Builder<>(recur).count(Math.max(1, recur.getCount() - used)).build().toString());
    }

    public String rule() {
        return rule;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Recurrence r && r.rule.equals(rule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule);
    }

    @Override
    public String toString() {
        return rule;
    }
}
