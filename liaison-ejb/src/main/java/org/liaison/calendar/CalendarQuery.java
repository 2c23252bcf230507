package org.liaison.calendar;

import java.time.LocalDateTime;
import java.util.Set;

/**
 * What a calendar asks its sources for.
 *
 * @param from         start of the range (inclusive)
 * @param to           end of the range (exclusive)
 * @param viewer       whose calendar it is: the only scope that counts
 * @param facilityId   only this facility's items, or null for all the viewer sees
 * @param kinds        only these kinds, or empty for all
 * @param expandSeries true for a page (one entry per occurrence), false for a feed (RRULE, not copies)
 */
public record CalendarQuery(LocalDateTime from, LocalDateTime to, CalendarViewer viewer, Long facilityId,
        Set<String> kinds, boolean expandSeries) {

    public CalendarQuery {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    public boolean wants(String kind) {
        return kinds.isEmpty() || kinds.contains(kind);
    }
}
