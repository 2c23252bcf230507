package org.liaison.calendar;

import java.util.List;

/**
 * A capability that puts its items on the calendar page and into personal calendar feeds (meetings, community events,
 * exercises). Implement it as a CDI bean in your own package; {@link CalendarService} collects every implementation
 * through {@code Instance<CalendarSource>}, so nothing here names you.
 *
 * <p>Rules for an implementation:
 * <ul>
 *   <li>Answer only what {@link CalendarQuery#viewer()} may see, filtering in the query (facility scope for staff, the
 *   partner's agency for partners): the feed is read without a signed-in caller, so do not rely on the request's
 *   caller or on {@code @RolesAllowed} here — the viewer is the one to scope by.</li>
 *   <li>Where a TLP label keeps the item from the viewer, give a neutral title ({@link CalendarEntry#restricted}).</li>
 *   <li>When {@link CalendarQuery#expandSeries()} is false (a feed), give a recurring series once, as its first
 *   occurrence with the RRULE, plus entries for occurrences changed on their own (with their recurrence id).</li>
 *   <li>Skip kinds not in {@link CalendarQuery#kinds()} (empty means all) and keep to {@link CalendarQuery#facilityId()}
 *   when given.</li>
 * </ul>
 * Called inside the calendar service's transaction; read only.
 */
public interface CalendarSource {

    /** The kinds of entry this source gives, e.g. {@code MEETING}; used for the page's kind filter. */
    List<String> kinds();

    List<CalendarEntry> entries(CalendarQuery query);
}
