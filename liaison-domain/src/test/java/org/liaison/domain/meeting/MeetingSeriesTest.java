package org.liaison.domain.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaison.domain.shared.DomainRuleViolation;
import org.liaison.domain.shared.Tlp;

class MeetingSeriesTest {

    /** Tuesday 13 January 2026, the second Tuesday of the month. */
    private static final LocalDateTime FIRST = LocalDateTime.of(2026, 1, 13, 10, 0);
    private static final LocalDateTime YEAR_END = LocalDateTime.of(2027, 1, 1, 0, 0);

    private static MeetingSeries monthlyOnTheSecondTuesday() {
        MeetingSeries series = new MeetingSeries(MeetingTest.HOSPITAL, "Monthly liaison meeting", "Board room", FIRST,
                60, Recurrence.of("FREQ=MONTHLY;BYDAY=2TU"));
        series.assignAgencies(List.of(MeetingTest.POLICE));
        return series;
    }

    @Test
    void aMonthlySeriesOnTheSecondTuesdayMeetsOnTheSecondTuesdayOfEveryMonth() {
        List<LocalDateTime> starts = monthlyOnTheSecondTuesday().startsBetween(FIRST, YEAR_END);
        assertEquals(12, starts.size());
        assertEquals(LocalDateTime.of(2026, 2, 10, 10, 0), starts.get(1));
        assertEquals(LocalDateTime.of(2026, 12, 8, 10, 0), starts.get(11));
    }

    @Test
    void aQuarterlySeriesMeetsFourTimesAYear() {
        MeetingSeries quarterly = new MeetingSeries(MeetingTest.HOSPITAL, "Quarterly", null, FIRST, 90,
                Recurrence.of("RRULE:FREQ=MONTHLY;INTERVAL=3"));
        assertEquals(List.of(FIRST, FIRST.plusMonths(3), FIRST.plusMonths(6), FIRST.plusMonths(9)),
                quarterly.startsBetween(FIRST, YEAR_END));
    }

    @Test
    void aRuleACalendarCannotReadOrThatRepeatsHourlyIsRefusedOnTheRuleField() {
        assertEquals("rrule", assertThrows(DomainRuleViolation.class, () -> Recurrence.of("EVERY TUESDAY")).getField());
        assertEquals("rrule", assertThrows(DomainRuleViolation.class, () -> Recurrence.of("FREQ=HOURLY")).getField());
        assertEquals("rrule", assertThrows(DomainRuleViolation.class, () -> Recurrence.of(" ")).getField());
    }

    @Test
    void splittingAtAnOccurrenceEndsTheSeriesBeforeItAndStartsANewOneThere() {
        MeetingSeries series = monthlyOnTheSecondTuesday();
        LocalDateTime april = LocalDateTime.of(2026, 4, 14, 10, 0);
        MeetingSeries following = series.splitAt(april);

        assertEquals(List.of(FIRST, FIRST.withMonth(2).withDayOfMonth(10), FIRST.withMonth(3).withDayOfMonth(10)),
                series.startsBetween(FIRST, YEAR_END));
        List<LocalDateTime> rest = following.startsBetween(april, YEAR_END);
        assertEquals(9, rest.size());
        assertEquals(april, rest.get(0));
        assertEquals(series.getAgencies(), following.getAgencies());
        assertEquals(series.getTitle(), following.getTitle());
    }

    @Test
    void splittingASeriesWithACountSharesTheCountBetweenTheTwoParts() {
        MeetingSeries six = new MeetingSeries(MeetingTest.HOSPITAL, "Six sessions", null, FIRST, 60,
                Recurrence.of("FREQ=WEEKLY;COUNT=6"));
        MeetingSeries rest = six.splitAt(FIRST.plusWeeks(2));
        assertEquals(2, six.startsBetween(FIRST, YEAR_END).size());
        assertEquals(4, rest.startsBetween(FIRST, YEAR_END).size());
    }

    @Test
    void theFirstOccurrenceCannotSplitItsSeries() {
        assertThrows(DomainRuleViolation.class, () -> monthlyOnTheSecondTuesday().splitAt(FIRST));
    }

    @Test
    void anOccurrenceFollowsTheSeriesChangesButKeepsItsDate() {
        MeetingSeries series = monthlyOnTheSecondTuesday();
        Meeting march = Meeting.occurrenceOf(series, LocalDateTime.of(2026, 3, 10, 10, 0));
        series.describe("Liaison meeting (new name)", "Police HQ", "1. Incidents", Tlp.AMBER);
        series.retime(FIRST.withHour(14), 90);
        march.followSeries(series);
        assertEquals("Liaison meeting (new name)", march.getTitle());
        assertEquals(LocalDateTime.of(2026, 3, 10, 14, 0), march.getStartsAt());
        assertEquals(LocalDateTime.of(2026, 3, 10, 15, 30), march.getEndsAt());
        assertEquals(Tlp.AMBER, march.getTlp());
        assertEquals(LocalDateTime.of(2026, 3, 10, 10, 0), march.getRecurrenceId(), "its place in the series stays");
    }
}
