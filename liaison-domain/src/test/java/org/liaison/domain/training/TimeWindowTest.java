package org.liaison.domain.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.liaison.domain.shared.DomainRuleViolation;

class TimeWindowTest {

    static final LocalDateTime NINE = LocalDateTime.of(2026, 12, 3, 9, 0);

    @Test
    void anExerciseEndsAfterItStartsAndLastsAtMostThreeDays() {
        assertEquals("endsAt", assertThrows(DomainRuleViolation.class, () -> new TimeWindow(NINE, NINE)).getField());
        assertEquals("endsAt", assertThrows(DomainRuleViolation.class,
                () -> new TimeWindow(NINE, NINE.minusHours(1))).getField());
        assertEquals("endsAt", assertThrows(DomainRuleViolation.class,
                () -> new TimeWindow(NINE, NINE.plusDays(3).plusMinutes(1))).getField());
        assertEquals("startsAt", assertThrows(DomainRuleViolation.class, () -> new TimeWindow(null, NINE)).getField());
        assertEquals(3 * 24 * 60, new TimeWindow(NINE, NINE.plusDays(3)).minutes());
    }

    @Test
    void backToBackWindowsDoNotOverlap() {
        TimeWindow morning = TimeWindow.of(NINE, 180);
        assertFalse(morning.overlaps(TimeWindow.of(NINE.plusHours(3), 60)));
        assertFalse(TimeWindow.of(NINE.minusHours(1), 60).overlaps(morning));
        assertTrue(morning.overlaps(TimeWindow.of(NINE.plusHours(2).plusMinutes(59), 60)));
        assertTrue(morning.overlaps(TimeWindow.of(NINE.minusHours(1), 61)));
        assertTrue(morning.overlaps(TimeWindow.of(NINE.plusMinutes(30), 30)), "one inside the other");
    }

    @Test
    void minutesRoundTripAndHoursAreCreditedToTheQuarterHour() {
        TimeWindow window = TimeWindow.of(NINE, 100);
        assertEquals(NINE, TimeWindow.atMinute(window.startMinute()));
        assertEquals(100, window.endMinute() - window.startMinute());
        assertEquals(1.75, window.hours());
        assertEquals(3.0, TimeWindow.of(NINE, 180).hours());
    }
}
