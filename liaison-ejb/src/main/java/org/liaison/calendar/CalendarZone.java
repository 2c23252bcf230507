package org.liaison.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The time zone the health system's calendar runs in: meetings and events are stored in local time and written to
 * iCalendar with this zone (TZID and its VTIMEZONE). LIAISON_TIME_ZONE, an IANA zone id; America/New_York by default.
 */
@ApplicationScoped
public class CalendarZone {

    @Inject
    @ConfigProperty(name = "liaison.time.zone", defaultValue = "America/New_York")
    String zone;

    public ZoneId zone() {
        try {
            return ZoneId.of(zone.trim());
        } catch (RuntimeException e) {
            return ZoneId.of("America/New_York");
        }
    }
}
