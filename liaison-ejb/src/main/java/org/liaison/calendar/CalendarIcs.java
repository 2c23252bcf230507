package org.liaison.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Calendar entries as an RFC 5545 calendar, written by ical4j: one VTIMEZONE for the system's zone, times with its
 * TZID, a series as one VEVENT with its RRULE (and EXDATE for cancelled occurrences), occurrences changed on their own
 * as VEVENTs with the series' UID and a RECURRENCE-ID.
 */
public final class CalendarIcs {

    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private CalendarIcs() {
    }

    /**
     * @param name    the calendar's name for clients (X-WR-CALNAME)
     * @param baseUrl the application's address, for each entry's URL (e.g. https://liaison.example.org/liaison)
     */
    public static String write(String name, Collection<CalendarEntry> entries, ZoneId zone, String baseUrl) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Liaison//Engagement calendar//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
        VTimeZone vTimeZone = ZONES.getTimeZone(zone.getId()).getVTimeZone();
        calendar.add(vTimeZone);
        Instant stamp = Instant.now();
        for (CalendarEntry entry : entries) {
            calendar.add(event(entry, zone, baseUrl, stamp));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static VEvent event(CalendarEntry entry, ZoneId zone, String baseUrl, Instant stamp) {
        VEvent event = new VEvent(at(entry.start(), zone), at(entry.end(), zone), entry.title());
        event.add(new Uid(entry.uid()));
        event.add(new DtStamp(stamp));
        if (entry.location() != null && !entry.location().isBlank()) {
            event.add(new Location(entry.location()));
        }
        if (entry.description() != null && !entry.description().isBlank()) {
            event.add(new Description(entry.description()));
        }
        if (baseUrl != null) {
            event.add(new Url(URI.create(baseUrl + entry.link())));
        }
        event.add("CANCELLED".equals(entry.status()) ? ImmutableStatus.VEVENT_CANCELLED
                : ImmutableStatus.VEVENT_CONFIRMED);
        if (entry.rrule() != null) {
            event.add(new RRule<ZonedDateTime>(entry.rrule()));
            if (!entry.exdates().isEmpty()) {
                List<ZonedDateTime> excluded = entry.exdates().stream().map(d -> at(d, zone)).toList();
                event.add(new ExDate<>(tzid(zone), new DateList<>(excluded)));
            }
        }
        if (entry.recurrenceId() != null) {
            event.add(new RecurrenceId<>(tzid(zone), at(entry.recurrenceId(), zone)));
        }
        return event;
    }

    private static ParameterList tzid(ZoneId zone) {
        return new ParameterList(List.of(new TzId(zone.getId())));
    }

    private static ZonedDateTime at(LocalDateTime local, ZoneId zone) {
        return local.atZone(zone);
    }
}
