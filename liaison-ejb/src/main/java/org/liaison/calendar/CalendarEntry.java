package org.liaison.calendar;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One item on a calendar.
 *
 * @param kind         what it is, e.g. MEETING, COMMUNITY_EVENT, EXERCISE
 * @param id           the record's id within its kind
 * @param uid          a globally unique, stable iCalendar UID (a series' occurrences share the series' UID)
 * @param title        what the viewer may read as its title (already neutral when restricted)
 * @param restricted   true when a TLP label keeps the real title and details from this viewer
 * @param start        local start (the facility's time zone, see CalendarZone)
 * @param end          local end
 * @param location     where, or null (null when restricted)
 * @param description  plain text for calendar clients, or null (null when restricted)
 * @param link         the page in Liaison that opens it, e.g. /meetings/view?id=12
 * @param facilityId   the facility it belongs to
 * @param status       its state as the source names it (PLANNED, CANCELLED, ...), for colour and iCalendar STATUS
 * @param movable      whether the viewer may drag it to another time on the calendar page
 * @param rrule        the RFC 5545 RRULE of a series (feed only), else null
 * @param exdates      starts of a series' occurrences that are cancelled or deleted (feed only)
 * @param recurrenceId for an occurrence changed on its own: the start the series gave it (feed only), else null
 */
public record CalendarEntry(String kind, Long id, String uid, String title, boolean restricted, LocalDateTime start,
        LocalDateTime end, String location, String description, String link, Long facilityId, String status,
        boolean movable, String rrule, List<LocalDateTime> exdates, LocalDateTime recurrenceId)
        implements Serializable {

    public CalendarEntry {
        exdates = exdates == null ? List.of() : List.copyOf(exdates);
    }

    /** A single item, not part of a series. */
    public static CalendarEntry single(String kind, Long id, String uid, String title, boolean restricted,
            LocalDateTime start, LocalDateTime end, String location, String description, String link,
            Long facilityId, String status, boolean movable) {
        return new CalendarEntry(kind, id, uid, title, restricted, start, end, restricted ? null : location,
                restricted ? null : description, link, facilityId, status, movable, null, List.of(), null);
    }

    /** The same item as the head of a series: its rule and its excluded starts. */
    public CalendarEntry repeating(String rule, List<LocalDateTime> excluded) {
        return new CalendarEntry(kind, id, uid, title, restricted, start, end, location, description, link,
                facilityId, status, movable, rule, excluded, null);
    }

    /** The same item as an occurrence of a series changed on its own. */
    public CalendarEntry overriding(LocalDateTime originalStart) {
        return new CalendarEntry(kind, id, uid, title, restricted, start, end, location, description, link,
                facilityId, status, movable, null, List.of(), originalStart);
    }

    public boolean isSeries() {
        return rrule != null;
    }
}
