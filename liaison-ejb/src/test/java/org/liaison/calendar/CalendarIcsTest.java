package org.liaison.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

class CalendarIcsTest {

    private static final ZoneId ZONE = ZoneId.of("America/Chicago");
    private static final LocalDateTime FIRST = LocalDateTime.of(2026, 1, 13, 10, 0);

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(ics.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSeriesIsOneEventWithItsRuleItsCancelledOccurrencesAndItsExceptions() throws Exception {
        CalendarEntry series = CalendarEntry.single("MEETING", 1L, "meeting-series-1@liaison", "Monthly liaison meeting",
                false, FIRST, FIRST.plusHours(1), "Board room", "Agenda", "/meetings/index?seriesId=1", 5L, "PLANNED",
                false).repeating("FREQ=MONTHLY;BYDAY=2TU", List.of(LocalDateTime.of(2026, 2, 10, 10, 0)));
        CalendarEntry moved = CalendarEntry.single("MEETING", 7L, "meeting-series-1@liaison", "Monthly liaison meeting",
                false, LocalDateTime.of(2026, 3, 11, 14, 0), LocalDateTime.of(2026, 3, 11, 15, 0), "Police HQ", null,
                "/meetings/view?id=7", 5L, "PLANNED", true).overriding(LocalDateTime.of(2026, 3, 10, 10, 0));

        String ics = CalendarIcs.write("Liaison", List.of(series, moved), ZONE, "https://liaison.example.org/liaison");
        Calendar calendar = parse(ics);

        List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
        assertEquals(1, zones.size());
        assertEquals("America/Chicago", zones.get(0).getProperty("TZID").orElseThrow().getValue());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(2, events.size(), "a series is not expanded into copies");
        VEvent head = events.get(0);
        assertEquals("FREQ=MONTHLY;BYDAY=2TU", head.getProperty("RRULE").orElseThrow().getValue());
        assertEquals("America/Chicago", head.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow()
                .getValue());
        assertEquals("20260113T100000", head.getProperty("DTSTART").orElseThrow().getValue());
        assertEquals("20260210T100000", head.getProperty("EXDATE").orElseThrow().getValue());
        assertEquals("https://liaison.example.org/liaison/meetings/index?seriesId=1",
                head.getProperty("URL").map(Property::getValue).orElseThrow());
        VEvent exception = events.get(1);
        assertEquals("meeting-series-1@liaison", exception.getProperty("UID").orElseThrow().getValue());
        assertEquals("20260310T100000", exception.getProperty("RECURRENCE-ID").orElseThrow().getValue());
        assertEquals("20260311T140000", exception.getProperty("DTSTART").orElseThrow().getValue());
    }

    @Test
    void aRestrictedEntryCarriesItsNeutralTitleAndNoDetails() throws Exception {
        CalendarEntry restricted = CalendarEntry.single("MEETING", 3L, "meeting-3@liaison", "Meeting (TLP:RED)", true,
                FIRST, FIRST.plusHours(1), "Chief's office", "Threat assessment of patient X", "/meetings/view?id=3", 5L,
                "PLANNED", false);
        String ics = CalendarIcs.write("Liaison", List.of(restricted), ZONE, null);
        VEvent event = parse(ics).<VEvent>getComponents("VEVENT").get(0);
        assertEquals("Meeting (TLP:RED)", event.getProperty("SUMMARY").orElseThrow().getValue());
        assertTrue(event.getProperty("LOCATION").isEmpty());
        assertTrue(event.getProperty("DESCRIPTION").isEmpty());
        assertTrue(!ics.contains("patient X") && !ics.contains("Chief"), ics);
    }

    @Test
    void aCancelledMeetingIsMarkedCancelled() throws Exception {
        CalendarEntry cancelled = CalendarEntry.single("MEETING", 4L, "meeting-4@liaison", "Liaison meeting", false,
                FIRST, FIRST.plusHours(1), null, "Cancelled: storm", "/meetings/view?id=4", 5L, "CANCELLED", false);
        VEvent event = parse(CalendarIcs.write("Liaison", List.of(cancelled), ZONE, null))
                .<VEvent>getComponents("VEVENT").get(0);
        assertEquals("CANCELLED", event.getProperty("STATUS").orElseThrow().getValue());
    }
}
